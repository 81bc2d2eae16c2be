// The in-memory limits of anonymous routes, driven by a fake clock.
import { describe, expect, it } from 'vitest';
import { makeFailureGate, makeTokenBucket, TooManyRequestsError } from '../src/index.js';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('makeTokenBucket', () => {
  it('lets a burst through, refuses the next with the seconds to wait, refills over time', () => {
    const c = clock();
    const bucket = makeTokenBucket(6, 2, c.now);
    bucket.take('ip-1');
    bucket.take('ip-1');
    let refused: unknown;
    try {
      bucket.take('ip-1');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(10);
    bucket.take('ip-2');
    c.advance(10_000);
    expect(() => bucket.take('ip-1')).not.toThrow();
  });
});

describe('makeFailureGate', () => {
  it('blocks a key after max failures within the window and frees it afterwards', () => {
    const c = clock();
    const gate = makeFailureGate(2, 60_000, c.now);
    gate.fail(['code-1']);
    gate.check(['code-1']);
    c.advance(1_000);
    gate.fail(['code-1']);
    expect(() => gate.check(['code-2', 'code-1'])).toThrow(TooManyRequestsError);
    c.advance(59_001);
    expect(() => gate.check(['code-1'])).not.toThrow();
  });
});
