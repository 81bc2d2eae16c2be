import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A freshly generated machine key. Show `key` once; store only `id` and `hash`. */
export interface GeneratedApiKey {
  /** The secret to hand to the machine (e.g. an IoT gateway): `<prefix>_<id>_<secret>`. */
  readonly key: string;
  /** Public lookup id (12 hex characters), safe to log and to index. */
  readonly id: string;
  /** `sha256:<hex>` of the whole key. */
  readonly hash: string;
}

const keyFormat = /^([a-z][a-z0-9]{0,15})_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/**
 * Generates an API key with 256 bits of entropy. Because the key is random and long, a single
 * SHA-256 is a sufficient at-rest hash (no dictionary to attack; a slow KDF would only cost CPU
 * on every request), and the embedded `id` lets the server find the row without scanning.
 */
export function generateApiKey(prefix = 'yw'): GeneratedApiKey {
  if (!/^[a-z][a-z0-9]{0,15}$/.test(prefix)) {
    throw new RangeError(`API key prefix must be 1-16 lower-case letters or digits: ${prefix}`);
  }
  const id = randomBytes(6).toString('hex');
  const key = `${prefix}_${id}_${randomBytes(32).toString('base64url')}`;
  return { key, id, hash: hashApiKey(key) };
}

/** The lookup id embedded in a key, or `undefined` when the key is not in the kit's format. */
export function apiKeyId(key: string): string | undefined {
  return keyFormat.exec(key)?.[2];
}

/** Whether `key` matches `storedHash`, compared in constant time. */
export function verifyApiKey(key: string, storedHash: string): boolean {
  if (!keyFormat.test(key)) return false;
  const actual = Buffer.from(hashApiKey(key));
  const expected = Buffer.from(storedHash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function hashApiKey(key: string): string {
  return `sha256:${createHash('sha256').update(key).digest('hex')}`;
}
