import { UUID_V7_PATTERN } from './envelope.js';

/** Source of random bytes; defaults to `globalThis.crypto.getRandomValues`. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const defaultRandom: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** 2^74: the 12 bits of `rand_a` and 62 bits of `rand_b` together form the counter. */
const RAND_SPACE = 1n << 74n;

/**
 * Makes a UUIDv7 generator (RFC 9562 §5.7) that is strictly monotonic: within one millisecond
 * (or if the clock steps back) the 74 random bits are incremented by a random step (§6.2,
 * method 2); on overflow the timestamp advances by 1 ms. Each generator keeps its own state.
 */
export function makeEventIdGenerator(random: RandomBytes = defaultRandom) {
  let lastMs = -1;
  let lastRand = 0n;

  const randomBits = (bytes: number): bigint => {
    const buf = random(new Uint8Array(bytes));
    let n = 0n;
    for (const b of buf) n = (n << 8n) | BigInt(b);
    return n;
  };

  return function nextEventId(nowMs: number = Date.now()): string {
    const ms = Math.floor(nowMs);
    if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) {
      throw new RangeError(`UUIDv7 timestamp out of range: ${nowMs}`);
    }
    if (ms > lastMs) {
      lastMs = ms;
      // Top bit cleared to leave room for increments within the millisecond.
      lastRand = randomBits(10) & ((1n << 73n) - 1n);
    } else {
      lastRand += 1n + (randomBits(4) & 0xffffffn);
      if (lastRand >= RAND_SPACE) {
        lastMs += 1;
        lastRand = randomBits(10) & ((1n << 73n) - 1n);
      }
    }
    const randA = lastRand >> 62n; // 12 bits
    const randB = lastRand & ((1n << 62n) - 1n); // 62 bits
    const hi = (BigInt(lastMs) << 16n) | (0x7n << 12n) | randA;
    const lo = (0b10n << 62n) | randB;
    const hex = hi.toString(16).padStart(16, '0') + lo.toString(16).padStart(16, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

const sharedGenerator = makeEventIdGenerator();

/**
 * A new event id: a UUIDv7 (RFC 9562) from `nowMs` (default `Date.now()`), monotonic within
 * this process even inside one millisecond, random bits from `crypto.getRandomValues`.
 */
export function newEventId(nowMs?: number): string {
  return sharedGenerator(nowMs);
}

const uuidV7Regex = new RegExp(UUID_V7_PATTERN);

/** True when `value` is a canonical lower-case UUIDv7. */
export function isUuidV7(value: string): boolean {
  return uuidV7Regex.test(value);
}

/** Milliseconds since the Unix epoch encoded in a UUIDv7. @throws {RangeError} */
export function uuidV7Time(id: string): number {
  if (!isUuidV7(id)) throw new RangeError(`"${id}" is not a UUIDv7`);
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
