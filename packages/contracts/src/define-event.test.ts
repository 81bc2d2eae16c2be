import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { defineEvent, openObjectPaths } from './define-event.js';
import { InvalidEventDefinitionError } from './errors.js';

const closed = Type.Object({ a: Type.String() }, { additionalProperties: false });

describe('defineEvent', () => {
  it('derives type and source from the context', () => {
    const def = defineEvent({
      context: 'iot',
      aggregate: 'sensor',
      event: 'calibrated',
      version: 2,
      classification: 'internal',
      description: 'A sensor was calibrated.',
      schema: closed,
    });
    expect(def.type).toBe('yiwang.iot.sensor.calibrated.v2');
    expect(def.source).toBe('/yiwang/iot-ingest');
    expect(Object.isFrozen(def)).toBe(true);
  });

  it('defaults to version 1', () => {
    const def = defineEvent({
      context: 'hazards',
      aggregate: 'hazard',
      event: 'noted',
      classification: 'public',
      description: 'x',
      schema: closed,
    });
    expect(def.version).toBe(1);
    expect(def.source).toBe('/yiwang/hazards');
  });

  it('rejects open object schemas, also nested ones', () => {
    const base = {
      context: 'hazards',
      aggregate: 'hazard',
      event: 'noted',
      classification: 'public',
      description: 'x',
    } as const;
    expect(() => defineEvent({ ...base, schema: Type.Object({ a: Type.String() }) })).toThrow(
      /must be closed .* at \//,
    );
    const nested = Type.Object(
      { inner: Type.Array(Type.Object({ b: Type.Number() })) },
      { additionalProperties: false },
    );
    expect(() => defineEvent({ ...base, schema: nested })).toThrow(/\/inner\/\[\]/);
    expect(() => defineEvent({ ...base, schema: Type.String() as never })).toThrow(
      InvalidEventDefinitionError,
    );
    expect(() => defineEvent({ ...base, event: 'Noted', schema: closed })).toThrow(
      InvalidEventDefinitionError,
    );
    expect(() => defineEvent({ ...base, description: ' ', schema: closed })).toThrow(/description/);
  });

  it('openObjectPaths finds open objects inside unions', () => {
    const schema = Type.Object(
      { u: Type.Union([Type.Object({ x: Type.String() }), Type.Null()]) },
      { additionalProperties: false },
    );
    expect(openObjectPaths(schema)).toEqual(['/u|0']);
  });
});
