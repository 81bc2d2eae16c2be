import { describe, expect, it } from 'vitest';
import { apiKeyId, generateApiKey, verifyApiKey } from '../src/index.js';

describe('API keys', () => {
  it('verifies a key against its stored hash only', () => {
    const { key, id, hash } = generateApiKey('gw');
    expect(key).toMatch(/^gw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiKeyId(key)).toBe(id);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The secret is everything after `<prefix>_<id>_` (base64url may contain `_` itself).
    const secret = key.slice(`gw_${id}_`.length);
    expect(secret).toHaveLength(43);
    expect(hash).not.toContain(secret);
    expect(verifyApiKey(key, hash)).toBe(true);
  });

  it('rejects a tampered key, another key, a malformed key and a malformed hash', () => {
    const first = generateApiKey();
    const second = generateApiKey();
    expect(first.key).not.toBe(second.key);
    const last = first.key.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyApiKey(`${first.key.slice(0, -1)}${last}`, first.hash)).toBe(false);
    expect(verifyApiKey(second.key, first.hash)).toBe(false);
    expect(verifyApiKey('yw_short', first.hash)).toBe(false);
    expect(verifyApiKey(first.key, 'sha256:00')).toBe(false);
    expect(apiKeyId('not a key')).toBeUndefined();
    expect(() => generateApiKey('Bad_Prefix')).toThrow(RangeError);
  });
});
