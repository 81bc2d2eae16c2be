import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../create-event.js';
import { defineEvent } from '../define-event.js';
import { InvalidEventDefinitionError } from '../errors.js';
import { UsccSchema } from '../values/uscc.js';
import { IsoDateSchema } from '../values/time.js';
import { createCatalog } from './registry.js';

const probe = defineEvent({
  context: 'hazards',
  aggregate: 'probe',
  event: 'noted',
  classification: 'internal',
  description: 'Test event.',
  schema: Type.Object(
    {
      agency: UsccSchema,
      due: IsoDateSchema,
      tags: Type.Array(Type.Object({ by: UsccSchema }, { additionalProperties: false })),
    },
    { additionalProperties: false },
  ),
});
const cat = createCatalog([probe]);
const good = createEvent(probe, {
  id: '01959245-c1c0-77bd-8a95-df14e5ebfc55',
  time: '2025-03-14T09:30:00+08:00',
  subject: 'P-1',
  region: '330521',
  sequence: 3,
  enterprise: '91440300708461136T',
  causationid: '01959245-c1c0-77bd-8a95-df14e5ebfc54',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  data: { agency: '91330100716105852F', due: '2025-04-30', tags: [{ by: '91330100716105852F' }] },
});

describe('createCatalog / validate', () => {
  it('accepts a valid event and returns it typed', () => {
    const result = cat.validate(good);
    expect(result).toEqual({ ok: true, event: good });
    expect(cat.get(probe.type)).toBe(probe);
    expect(cat.all()).toEqual([probe]);
  });

  it('rejects duplicate types', () => {
    expect(() => createCatalog([probe, probe])).toThrow(InvalidEventDefinitionError);
  });

  it('rejects an unknown type', () => {
    const result = cat.validate({ ...good, type: 'yiwang.hazards.probe.noted.v2' });
    expect(result).toEqual({
      ok: false,
      errors: ['/type: unknown event type "yiwang.hazards.probe.noted.v2"'],
    });
  });

  it('rejects things that are not envelopes', () => {
    for (const bad of [null, 42, 'x', [], {}]) expect(cat.validate(bad).ok).toBe(false);
    const { correlationid: _c, ...noCorrelation } = good;
    expect(cat.validate(noCorrelation)).toMatchObject({ ok: false });
  });

  it.each([
    ['specversion', '0.3'],
    ['id', '0195924a-c1c0-47bd-8a95-df14e5ebfc55'], // UUIDv4
    ['time', '2025-03-14 09:30'],
    ['region', '33052'],
    ['enterprise', '91330100716105852X'], // wrong check digit
    ['sequence', 0],
    ['classification', 'public'], // fixed by the definition
    ['source', '/yiwang/credit'], // fixed by the definition
    ['dataschema', 'urn:yiwang:schema:hazards.probe.noted.v2'],
    ['datacontenttype', 'text/plain'],
    ['traceparent', 'abc'],
  ])('rejects a bad envelope field %s', (field, value) => {
    const result = cat.validate({ ...good, [field]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(`/${field}`);
  });

  it('rejects unknown envelope attributes (closed envelope)', () => {
    const result = cat.validate({ ...good, reporter: 'x' });
    expect(result).toEqual({ ok: false, errors: ['/reporter: Unexpected property'] });
  });

  it('checks USCC check digits and real dates inside data, with paths', () => {
    const result = cat.validate({
      ...good,
      data: { ...good.data, due: '2025-02-30', tags: [{ by: '91330100716105852A' }] },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        '/data/due: "2025-02-30" is not a real calendar date',
        '/data/tags/0/by: "91330100716105852A" has a wrong USCC check digit',
      ],
    });
    expect(cat.validate({ ...good, time: '2025-02-30T09:30:00+08:00' }).ok).toBe(false);
  });
});
