// Per-client token buckets for anonymous routes (ARCHITECTURE.md §5: public routes are
// rate-limited) and a failure counter for tracking lookups. In memory, per replica: a client
// spreading over N replicas gets N times the budget, which bounds abuse well enough while
// keeping the public path free of extra database writes.
import { TooManyRequestsError } from '../errors/kit-errors.js';

export interface TokenBucket {
  /** Takes one token for `key`, or throws 429 with the seconds until one is available. */
  take(key: string): void;
}

/** `ratePerMinute` tokens per minute, at most `burst` at once, per key. */
export function makeTokenBucket(
  ratePerMinute: number,
  burst: number,
  now: () => number,
): TokenBucket {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = ratePerMinute / 60_000;
  return {
    take(key) {
      const t = now();
      if (buckets.size > 100_000) sweep(buckets, t, burst / perMs);
      const b = buckets.get(key) ?? { tokens: burst, at: t };
      const tokens = Math.min(burst, b.tokens + (t - b.at) * perMs);
      if (tokens < 1) {
        buckets.set(key, { tokens, at: t });
        const wait = Math.ceil((1 - tokens) / perMs / 1000);
        throw new TooManyRequestsError('Too many requests from this client; retry later.', wait);
      }
      buckets.set(key, { tokens: tokens - 1, at: t });
    },
  };
}

/** Drops buckets that have refilled completely (their state equals a fresh bucket). */
function sweep(buckets: Map<string, { at: number }>, t: number, refillMs: number): void {
  for (const [key, b] of buckets) if (t - b.at > refillMs) buckets.delete(key);
}

export interface FailureGate {
  /** Throws 429 while `keys` had `max` failures in the window. */
  check(keys: readonly string[]): void;
  fail(keys: readonly string[]): void;
}

/** At most `max` failures per key per `windowMs` (wrong tracking keys per IP and per code). */
export function makeFailureGate(max: number, windowMs: number, now: () => number): FailureGate {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((t) => now() - t < windowMs);
  return {
    check(keys) {
      for (const key of keys) {
        const list = recent(key);
        if (list.length >= max) {
          const wait = Math.ceil((windowMs - (now() - (list[0] ?? now()))) / 1000);
          throw new TooManyRequestsError(
            'Too many failed lookups; retry later.',
            Math.max(wait, 1),
          );
        }
      }
    },
    fail(keys) {
      if (failures.size > 100_000) failures.clear();
      for (const key of keys) failures.set(key, [...recent(key), now()]);
    },
  };
}
