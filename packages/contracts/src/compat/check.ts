// The compatibility gate: Schema Registry's BACKWARD rule adapted to closed JSON Schemas.
// A released event type may only change so that (a) every event valid under the released
// schema is still valid under the current one (new readers can replay retained events), and
// (b) nothing a consumer of the released schema relies on disappears or changes meaning: no
// field is removed, renamed, retyped or made optional, closed objects stay closed.
// Allowed: new optional fields, new enum values, relaxed bounds, removed patterns, new event
// types, new versions. Because objects are closed, a consumer still validating with the old
// catalog rejects a new field or enum value: consumers upgrade @yiwang/contracts before
// producers start filling them in (README, "Versioning").
import type { JsonSchema, Snapshot } from './snapshot.js';

/** The rule a change breaks. */
export type CompatibilityRule =
  | 'event-removed'
  | 'classification-changed'
  | 'type-changed'
  | 'field-removed'
  | 'field-made-required'
  | 'field-made-optional'
  | 'required-field-added'
  | 'additional-properties-changed'
  | 'enum-narrowed'
  | 'constraint-narrowed'
  | 'pattern-changed'
  | 'union-narrowed';

/** One incompatible change of a released event type. */
export interface CompatibilityViolation {
  /** Full event type. */
  readonly type: string;
  /** JSON Pointer-like path inside `data` (`/` is the root, `[]` an array item). */
  readonly path: string;
  /** The broken rule. */
  readonly rule: CompatibilityRule;
  /** What changed, for the developer who changed it. */
  readonly message: string;
}

type Node = Record<string, unknown>;
type Shape =
  | { kind: 'any' }
  | { kind: 'enum'; base: string; values: unknown[] }
  | { kind: 'union'; branches: Node[] }
  | { kind: 'type'; type: string };

const asNode = (value: unknown): Node =>
  typeof value === 'object' && value !== null ? (value as Node) : {};
const key = (value: unknown): string => JSON.stringify(value);

function shapeOf(node: Node): Shape {
  if ('const' in node) return { kind: 'enum', base: typeName(node), values: [node['const']] };
  if (Array.isArray(node['enum']))
    return { kind: 'enum', base: typeName(node), values: node['enum'] };
  const anyOf = node['anyOf'] ?? node['oneOf'];
  if (Array.isArray(anyOf)) {
    const branches = anyOf.map(asNode);
    if (branches.length > 0 && branches.every((b) => 'const' in b)) {
      const bases = new Set(branches.map(typeName));
      return {
        kind: 'enum',
        base: bases.size === 1 ? ([...bases][0] ?? 'mixed') : 'mixed',
        values: branches.map((b) => b['const']),
      };
    }
    return { kind: 'union', branches };
  }
  const type = node['type'];
  if (typeof type === 'string') return { kind: 'type', type };
  return { kind: 'any' };
}

function typeName(node: Node): string {
  const type = node['type'];
  if (typeof type === 'string') return type;
  const c = node['const'];
  if (c === null) return 'null';
  if (typeof c === 'number') return Number.isInteger(c) ? 'integer' : 'number';
  return typeof c;
}

function describe(shape: Shape): string {
  switch (shape.kind) {
    case 'any':
      return 'any value';
    case 'enum':
      return `one of ${shape.values.map(key).join(', ')}`;
    case 'union':
      return `a union of ${shape.branches.length}`;
    case 'type':
      return shape.type;
  }
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'];

/** Violations of changing schema `before` into `after` at `path` (pure). */
export function compareSchemas(
  type: string,
  before: JsonSchema,
  after: JsonSchema,
  path = '/',
): CompatibilityViolation[] {
  const out: CompatibilityViolation[] = [];
  const add = (rule: CompatibilityRule, message: string, at = path) =>
    out.push({ type, path: at, rule, message });
  const child = (name: string) => (path === '/' ? `/${name}` : `${path}/${name}`);

  const b = shapeOf(before);
  const a = shapeOf(after);

  if (a.kind === 'any') return out; // accepts everything: a widening
  if (b.kind === 'any') {
    add('type-changed', `was any value, now ${describe(a)}`);
    return out;
  }
  if (b.kind === 'union' || a.kind === 'union') {
    const afterBranches = a.kind === 'union' ? a.branches : [after];
    const beforeBranches = b.kind === 'union' ? b.branches : [before];
    beforeBranches.forEach((branch, i) => {
      const fits = afterBranches.some(
        (candidate) => compareSchemas(type, branch, candidate, path).length === 0,
      );
      if (!fits)
        add(
          'union-narrowed',
          `alternative ${i + 1} (${describe(shapeOf(branch))}) is no longer accepted`,
        );
    });
    return out;
  }
  if (b.kind === 'enum') {
    if (a.kind === 'enum') {
      const allowed = new Set(a.values.map(key));
      const removed = b.values.filter((v) => !allowed.has(key(v)));
      if (removed.length > 0) {
        add('enum-narrowed', `value(s) ${removed.map(key).join(', ')} no longer allowed`);
      }
      return out;
    }
    if (a.type !== b.base) add('type-changed', `was ${describe(b)}, now ${a.type}`);
    return out; // enum → its free base type is a widening
  }
  // before is a plain type
  if (a.kind === 'enum') {
    add(
      a.base === b.type ? 'enum-narrowed' : 'type-changed',
      `was any ${b.type}, now ${describe(a)}`,
    );
    return out;
  }
  if (a.type !== b.type) {
    add('type-changed', `was ${b.type}, now ${a.type}`);
    return out;
  }

  for (const k of LOWER_BOUNDS) {
    const was = before[k];
    const now = after[k];
    if (typeof now === 'number' && (typeof was !== 'number' || now > was)) {
      add(
        'constraint-narrowed',
        `${k} raised from ${typeof was === 'number' ? was : 'none'} to ${now}`,
      );
    }
  }
  for (const k of UPPER_BOUNDS) {
    const was = before[k];
    const now = after[k];
    if (typeof now === 'number' && (typeof was !== 'number' || now < was)) {
      add(
        'constraint-narrowed',
        `${k} lowered from ${typeof was === 'number' ? was : 'none'} to ${now}`,
      );
    }
  }
  if (after['uniqueItems'] === true && before['uniqueItems'] !== true) {
    add('constraint-narrowed', 'items must now be unique');
  }
  const mulBefore = before['multipleOf'];
  const mulAfter = after['multipleOf'];
  if (
    typeof mulAfter === 'number' &&
    (typeof mulBefore !== 'number' || mulBefore % mulAfter !== 0)
  ) {
    add('constraint-narrowed', `multipleOf changed to ${mulAfter}`);
  }
  for (const k of ['pattern', 'format']) {
    if (after[k] !== undefined && after[k] !== before[k]) {
      add('pattern-changed', `${k} changed from ${key(before[k])} to ${key(after[k])}`);
    }
  }

  if (b.type === 'array') {
    out.push(
      ...compareSchemas(
        type,
        asNode(before['items']),
        asNode(after['items']),
        `${path === '/' ? '' : path}[]`,
      ),
    );
  }
  if (b.type === 'object') {
    if ((before['additionalProperties'] === false) !== (after['additionalProperties'] === false)) {
      add(
        'additional-properties-changed',
        before['additionalProperties'] === false
          ? 'closed object became open (additionalProperties)'
          : 'open object became closed (additionalProperties: false)',
      );
    }
    const propsBefore = asNode(before['properties']);
    const propsAfter = asNode(after['properties']);
    const reqBefore = new Set(
      Array.isArray(before['required']) ? (before['required'] as string[]) : [],
    );
    const reqAfter = new Set(
      Array.isArray(after['required']) ? (after['required'] as string[]) : [],
    );
    for (const name of Object.keys(propsBefore)) {
      if (!(name in propsAfter)) {
        add('field-removed', `field "${name}" was removed (or renamed)`, child(name));
        continue;
      }
      if (!reqBefore.has(name) && reqAfter.has(name)) {
        add('field-made-required', `optional field "${name}" became required`, child(name));
      }
      if (reqBefore.has(name) && !reqAfter.has(name)) {
        add(
          'field-made-optional',
          `required field "${name}" became optional (may be missing)`,
          child(name),
        );
      }
      out.push(
        ...compareSchemas(type, asNode(propsBefore[name]), asNode(propsAfter[name]), child(name)),
      );
    }
    for (const name of Object.keys(propsAfter)) {
      if (!(name in propsBefore) && reqAfter.has(name)) {
        add(
          'required-field-added',
          `new field "${name}" is required (make it optional)`,
          child(name),
        );
      }
    }
  }
  return out;
}

/**
 * Compares the released snapshot with the current catalog's snapshot and lists every
 * incompatible change of a released event type. New types and new versions are always
 * compatible; removing a released type is not.
 */
export function checkCompatibility(
  released: Snapshot,
  current: Snapshot,
): CompatibilityViolation[] {
  const out: CompatibilityViolation[] = [];
  for (const [type, entry] of Object.entries(released.events)) {
    const now = current.events[type];
    if (!now) {
      out.push({
        type,
        path: '/',
        rule: 'event-removed',
        message:
          'released event type was removed; keep publishing it until no subscription uses it',
      });
      continue;
    }
    if (now.classification !== entry.classification) {
      out.push({
        type,
        path: '/',
        rule: 'classification-changed',
        message: `classification changed from ${entry.classification} to ${now.classification}; departments' subscriptions depend on it`,
      });
    }
    out.push(...compareSchemas(type, entry.schema, now.schema));
  }
  return out;
}

/** One line per violation, for CLI output and test failure messages. */
export function formatViolations(violations: readonly CompatibilityViolation[]): string {
  return violations.map((v) => `${v.type} ${v.path} [${v.rule}] ${v.message}`).join('\n');
}
