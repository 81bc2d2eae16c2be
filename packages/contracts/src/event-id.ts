import { UUID_V7_PATTERN } from './envelope.js';

/** Source of random bytes; defaults to `globalThis.crypto.getRandomValues`. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const defaultRandom: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

/**
 * The 74 random bits (12 of `rand_a`, 62 of `rand_b`) form one counter, kept as two safe
 * integers instead of a BigInt (BigInt arithmetic was a visible share of a busy service's CPU):
 * `high` holds the top 42 bits, `low` the bottom 32.
 */
const LOW_SPACE = 2 ** 32;
const HIGH_SPACE = 2 ** 42;
/** Fresh counters start below half the space (top bit cleared) to leave room for increments. */
const HIGH_START_SPACE = 2 ** 41;
/** Random bytes drawn from the source at a time. */
const POOL_BYTES = 256;

/**
 * Makes a UUIDv7 generator (RFC 9562 §5.7) that is strictly monotonic: within one millisecond
 * (or if the clock steps back) the 74 random bits are incremented by a random step (§6.2,
 * method 2); on overflow the timestamp advances by 1 ms. Each generator keeps its own state and
 * draws its random bytes from `random` in blocks.
 */
export function makeEventIdGenerator(random: RandomBytes = defaultRandom) {
  let lastMs = -1;
  let high = 0;
  let low = 0;
  const pool = new Uint8Array(POOL_BYTES);
  let used = POOL_BYTES;

  /** A random unsigned integer of `bytes` (≤ 6) bytes. */
  const randomInt = (bytes: number): number => {
    if (used + bytes > POOL_BYTES) {
      random(pool);
      used = 0;
    }
    let n = 0;
    for (let i = 0; i < bytes; i++) n = n * 256 + (pool[used++] ?? 0);
    return n;
  };
  const restart = () => {
    high = randomInt(6) % HIGH_START_SPACE;
    low = randomInt(4);
  };

  return function nextEventId(nowMs: number = Date.now()): string {
    const ms = Math.floor(nowMs);
    if (!Number.isSafeInteger(ms) || ms < 0 || ms >= 2 ** 48) {
      throw new RangeError(`UUIDv7 timestamp out of range: ${nowMs}`);
    }
    if (ms > lastMs) {
      lastMs = ms;
      restart();
    } else {
      low += 1 + randomInt(3);
      if (low >= LOW_SPACE) {
        low -= LOW_SPACE;
        high += 1;
      }
      if (high >= HIGH_SPACE) {
        lastMs += 1;
        restart();
      }
    }
    const randA = Math.floor(high / 2 ** 30); // 12 bits
    const randBHigh = high % 2 ** 30; // the top 30 of rand_b's 62 bits
    const time = lastMs.toString(16).padStart(12, '0');
    const variantAndB = (0x80000000 + randBHigh).toString(16); // 0b10 + 30 bits: 8 hex digits
    const tail = low.toString(16).padStart(8, '0');
    return `${time.slice(0, 8)}-${time.slice(8)}-7${randA.toString(16).padStart(3, '0')}-${variantAndB.slice(0, 4)}-${variantAndB.slice(4)}${tail}`;
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
