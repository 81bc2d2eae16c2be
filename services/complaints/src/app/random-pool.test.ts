import { describe, expect, it } from 'vitest';
import { makeRandomPool } from './random-pool.js';

describe('random pool', () => {
  it('never hands out the same bytes twice, across refills', () => {
    const take = makeRandomPool();
    const seen = new Set<string>();
    // 600 × 16 bytes spans three blocks; a repeat of 128 random bits would mean reuse
    for (let i = 0; i < 600; i += 1) seen.add(take(16).toString('hex'));
    expect(seen.size).toBe(600);
  });

  it('gives copies: wiping one does not touch the next', () => {
    const take = makeRandomPool();
    const a = take(32);
    a.fill(0);
    expect(take(32).equals(Buffer.alloc(32))).toBe(false);
    expect(() => take(4097)).toThrow(RangeError);
  });
});
