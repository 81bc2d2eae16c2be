import { describe, expect, it } from 'vitest';
import { isUuidV7, makeEventIdGenerator, newEventId, uuidV7Time } from './event-id.js';

const T = Date.parse('2025-03-14T01:30:00.123Z');

describe('newEventId (UUIDv7, RFC 9562)', () => {
  it('has version 7, the RFC variant and the timestamp in the first 48 bits', () => {
    const id = newEventId(T);
    expect(isUuidV7(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(uuidV7Time(id)).toBe(T);
  });

  it('is strictly increasing within one millisecond and across a clock step back', () => {
    const next = makeEventIdGenerator();
    const ids = Array.from({ length: 2000 }, () => next(T));
    ids.push(next(T - 5000)); // clock went backwards
    ids.push(next(T + 1));
    const sorted = [...ids].sort();
    expect(ids).toEqual(sorted);
    expect(new Set(ids).size).toBe(ids.length);
    expect(uuidV7Time(ids[2000] ?? '')).toBeGreaterThanOrEqual(T);
  });

  it('uses the injected random source (crypto.getRandomValues by default)', () => {
    const zeros = makeEventIdGenerator((b) => b.fill(0));
    expect(zeros(0)).toBe('00000000-0000-7000-8000-000000000000');
    // Same millisecond: the counter moves by at least one.
    expect(zeros(0)).toBe('00000000-0000-7000-8000-000000000001');
    const ff = makeEventIdGenerator((b) => b.fill(0xff));
    // Top random bit is cleared so increments have room.
    expect(ff(0)).toBe('00000000-0000-77ff-bfff-ffffffffffff');
    // The next step (1 + 0xffffff) carries out of the low 32 bits into rand_a's top bit.
    expect(ff(0)).toBe('00000000-0000-7800-8000-000000ffffff');
  });

  it('keeps the format over many ids from the real random source', () => {
    const next = makeEventIdGenerator();
    const ids = Array.from({ length: 5000 }, (_, i) => next(T + Math.floor(i / 100)));
    expect(ids.every(isUuidV7)).toBe(true);
    expect(ids).toEqual([...ids].sort());
    expect(uuidV7Time(ids.at(-1) ?? '')).toBe(T + 49);
  });

  it('rejects timestamps outside 48 bits', () => {
    expect(() => newEventId(-1)).toThrow(RangeError);
    expect(() => newEventId(2 ** 48)).toThrow(RangeError);
    expect(() => uuidV7Time('not-a-uuid')).toThrow(RangeError);
  });
});
