// The reporter's tracking code and access key. The code is short and readable (Crockford
// base32, no I/L/O/U); the key carries 144 random bits and is stored only as a SHA-256 hash,
// which is enough for a random secret of that size (no dictionary to attack).
import { hash, timingSafeEqual } from 'node:crypto';
import { randomBytesPooled as randomBytes } from './random-pool.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A tracking code such as `K7MQ-4XD2-9PTA` (60 random bits). */
export function newTrackingCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (let i = 0; i < 12; i += 1) {
    if (i === 4 || i === 8) code += '-';
    code += ALPHABET[(bytes[i] ?? 0) % 32] ?? '0';
  }
  return code;
}

/** Upper-cases and re-hyphenates what a reporter typed; `undefined` when it cannot be a code. */
export function normaliseTrackingCode(input: string): string | undefined {
  const raw = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(raw)) return undefined;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

/** A fresh access key, shown to the reporter once. */
export function newAccessKey(): string {
  return randomBytes(18).toString('base64url');
}

/** SHA-256 of the key, hex; the one-shot `hash` (Node ≥ 20.12) builds no Hash object per call. */
export function hashAccessKey(key: string): string {
  return hash('sha256', key, 'hex');
}

/** Constant-time comparison of a presented key with a stored hash. */
export function accessKeyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashAccessKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
