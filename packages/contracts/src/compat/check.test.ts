import { Type, type TProperties, type TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { checkCompatibility, compareSchemas, formatViolations } from './check.js';
import { toJsonSchema, type Snapshot } from './snapshot.js';

const T = 'yiwang.hazards.hazard.reported.v1';
const obj = <P extends TProperties>(props: P) =>
  Type.Object(props, { additionalProperties: false });
const Enum = (...values: string[]) => Type.Union(values.map((v) => Type.Literal(v)));

/** Rules broken when changing `before` into `after`. */
function rules(before: TSchema, after: TSchema): string[] {
  return compareSchemas(T, toJsonSchema(before), toJsonSchema(after)).map((v) => v.rule);
}
const snap = (events: Record<string, TSchema>, classification = 'internal' as const): Snapshot => ({
  format: 1,
  events: Object.fromEntries(
    Object.entries(events).map(([t, s]) => [t, { classification, schema: toJsonSchema(s) }]),
  ),
});

const base = obj({ id: Type.String(), level: Enum('general', 'major') });

describe('checkCompatibility: whole catalog', () => {
  it('passes when nothing changed', () => {
    expect(checkCompatibility(snap({ [T]: base }), snap({ [T]: base }))).toEqual([]);
  });

  it('fails when a released event type is removed', () => {
    const violations = checkCompatibility(snap({ [T]: base }), snap({}));
    expect(violations).toEqual([
      expect.objectContaining({ type: T, rule: 'event-removed', path: '/' }),
    ]);
  });

  it('passes for a new event type and for a new version next to the old one', () => {
    const v2 = 'yiwang.hazards.hazard.reported.v2';
    const other = 'yiwang.iot.alarm.raised.v1';
    const current = snap({ [T]: base, [v2]: obj({ id: Type.Integer() }), [other]: base });
    expect(checkCompatibility(snap({ [T]: base }), current)).toEqual([]);
  });

  it('fails when the classification changes', () => {
    const released = snap({ [T]: base }, 'internal');
    const current: Snapshot = {
      format: 1,
      events: { [T]: { classification: 'public', schema: toJsonSchema(base) } },
    };
    expect(checkCompatibility(released, current).map((v) => v.rule)).toEqual([
      'classification-changed',
    ]);
  });

  it('formats violations one per line', () => {
    const text = formatViolations(checkCompatibility(snap({ [T]: base }), snap({})));
    expect(text).toBe(
      `${T} / [event-removed] released event type was removed; keep publishing it until no subscription uses it`,
    );
  });
});

describe('compareSchemas: fields', () => {
  it('new optional field: compatible', () => {
    expect(rules(base, obj({ ...base.properties, note: Type.Optional(Type.String()) }))).toEqual(
      [],
    );
  });

  it('new required field: incompatible', () => {
    expect(rules(base, obj({ ...base.properties, note: Type.String() }))).toEqual([
      'required-field-added',
    ]);
  });

  it('removed field (required or optional): incompatible', () => {
    expect(rules(base, obj({ id: Type.String() }))).toEqual(['field-removed']);
    const withOptional = obj({ ...base.properties, note: Type.Optional(Type.String()) });
    expect(rules(withOptional, base)).toEqual(['field-removed']);
  });

  it('renamed field: incompatible (removed + new required)', () => {
    const renamed = obj({ hazardId: Type.String(), level: Enum('general', 'major') });
    const violations = compareSchemas(T, toJsonSchema(base), toJsonSchema(renamed));
    expect(violations.map((v) => [v.rule, v.path])).toEqual([
      ['field-removed', '/id'],
      ['required-field-added', '/hazardId'],
    ]);
  });

  it('optional → required and required → optional: incompatible', () => {
    const opt = obj({ id: Type.Optional(Type.String()), level: base.properties.level });
    expect(rules(opt, base)).toEqual(['field-made-required']);
    expect(rules(base, opt)).toEqual(['field-made-optional']);
  });

  it('closed → open and open → closed: incompatible', () => {
    const open = Type.Object(base.properties);
    expect(rules(base, open)).toEqual(['additional-properties-changed']);
    expect(rules(open, base)).toEqual(['additional-properties-changed']);
  });

  it('reports nested changes with their path', () => {
    const before = obj({ items: Type.Array(obj({ qty: Type.Integer(), unit: Type.String() })) });
    const after = obj({ items: Type.Array(obj({ qty: Type.String() })) });
    const violations = compareSchemas(T, toJsonSchema(before), toJsonSchema(after));
    expect(violations.map((v) => `${v.rule} ${v.path}`)).toEqual([
      'type-changed /items[]/qty',
      'field-removed /items[]/unit',
    ]);
  });
});

describe('compareSchemas: types and values', () => {
  it('changed type: incompatible, also integer → number and object → string', () => {
    expect(rules(obj({ a: Type.String() }), obj({ a: Type.Integer() }))).toEqual(['type-changed']);
    expect(rules(obj({ a: Type.Integer() }), obj({ a: Type.Number() }))).toEqual(['type-changed']);
    expect(rules(obj({ a: obj({}) }), obj({ a: Type.String() }))).toEqual(['type-changed']);
    expect(rules(obj({ a: Type.String() }), obj({ a: Type.Array(Type.String()) }))).toEqual([
      'type-changed',
    ]);
  });

  it('narrowed enum: incompatible; widened enum: compatible', () => {
    const narrowed = obj({ id: Type.String(), level: Enum('major') });
    expect(rules(base, narrowed)).toEqual(['enum-narrowed']);
    const widened = obj({ id: Type.String(), level: Enum('general', 'major', 'unknown') });
    expect(rules(base, widened)).toEqual([]);
  });

  it('changed constant: incompatible', () => {
    expect(rules(obj({ k: Type.Literal('a') }), obj({ k: Type.Literal('b') }))).toEqual([
      'enum-narrowed',
    ]);
    expect(rules(obj({ k: Type.Literal('a') }), obj({ k: Enum('a', 'b') }))).toEqual([]);
  });

  it('free type narrowed to an enum: incompatible; enum relaxed to its type: compatible', () => {
    expect(rules(obj({ k: Type.String() }), obj({ k: Enum('a') }))).toEqual(['enum-narrowed']);
    expect(rules(obj({ k: Enum('a') }), obj({ k: Type.String() }))).toEqual([]);
    expect(rules(obj({ k: Enum('a') }), obj({ k: Type.Integer() }))).toEqual(['type-changed']);
  });

  it('tighter bounds: incompatible; looser bounds: compatible', () => {
    const s = (o: object) => obj({ v: Type.String(o) });
    const n = (o: object) => obj({ v: Type.Integer(o) });
    const a = (o: object) => obj({ v: Type.Array(Type.String(), o) });
    expect(rules(s({ maxLength: 100 }), s({ maxLength: 50 }))).toEqual(['constraint-narrowed']);
    expect(rules(s({ maxLength: 50 }), s({ maxLength: 100 }))).toEqual([]);
    expect(rules(s({}), s({ minLength: 1 }))).toEqual(['constraint-narrowed']);
    expect(rules(s({ minLength: 1 }), s({}))).toEqual([]);
    expect(rules(n({ minimum: 0 }), n({ minimum: 1 }))).toEqual(['constraint-narrowed']);
    expect(rules(n({ maximum: 4 }), n({ maximum: 3 }))).toEqual(['constraint-narrowed']);
    expect(rules(n({ maximum: 3 }), n({ maximum: 4 }))).toEqual([]);
    expect(rules(n({}), n({ multipleOf: 2 }))).toEqual(['constraint-narrowed']);
    expect(rules(n({ multipleOf: 2 }), n({ multipleOf: 1 }))).toEqual([]);
    expect(rules(a({}), a({ minItems: 1 }))).toEqual(['constraint-narrowed']);
    expect(rules(a({}), a({ uniqueItems: true }))).toEqual(['constraint-narrowed']);
    expect(rules(a({ uniqueItems: true }), a({}))).toEqual([]);
  });

  it('changed pattern: incompatible; dropped pattern: compatible', () => {
    const p = (pattern?: string) => obj({ v: Type.String(pattern ? { pattern } : {}) });
    expect(rules(p('^[0-9]{6}$'), p('^[0-9]{9}$'))).toEqual(['pattern-changed']);
    expect(rules(p(), p('^[0-9]{6}$'))).toEqual(['pattern-changed']);
    expect(rules(p('^[0-9]{6}$'), p())).toEqual([]);
  });

  it('unions: dropping an alternative is incompatible, adding one is compatible', () => {
    const nullable = obj({ v: Type.Union([Type.String(), Type.Null()]) });
    const plain = obj({ v: Type.String() });
    expect(rules(nullable, plain)).toEqual(['union-narrowed']);
    expect(rules(plain, nullable)).toEqual([]);
  });

  it('any → specific is incompatible, specific → any is compatible', () => {
    expect(rules(obj({ v: Type.Unknown() }), obj({ v: Type.String() }))).toEqual(['type-changed']);
    expect(rules(obj({ v: Type.String() }), obj({ v: Type.Unknown() }))).toEqual([]);
  });

  it('descriptions and examples are free to change', () => {
    expect(
      rules(
        obj({ v: Type.String({ description: 'a' }) }),
        obj({ v: Type.String({ description: 'b', examples: ['x'] }) }),
      ),
    ).toEqual([]);
  });
});
