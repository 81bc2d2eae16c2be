import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { chain, checkEntry, GENESIS_HASH, type LedgerEntry } from './ledger.js';

// The hash function is injected; a toy one (FNV-1a, 4 lanes) keeps the domain test pure.
const sha256 = (text: string) =>
  [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2f1b7c3d]
    .map((seed) => {
      let h = seed;
      for (let i = 0; i < text.length; i += 1)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
      return h.toString(16).padStart(8, '0');
    })
    .join('');
const content = (n: number) => ({
  department: 'fire',
  eventId: `0195f0e4-0000-7000-8000-00000000000${n}`,
  eventType: 'yiwang.x.y.z.v1',
  payloadHash: sha256(String(n)),
  sharedAt: '2026-03-01T00:00:00.000Z',
});

function verify(entries: readonly LedgerEntry[]) {
  let previous = { position: 0, hash: GENESIS_HASH };
  for (const entry of entries) {
    const broken = checkEntry(previous, entry, sha256);
    if (broken) return { position: entry.position, ...broken };
    previous = entry;
  }
  return undefined;
}

describe('the hash chain', () => {
  const entries = chain({ position: 0, hash: GENESIS_HASH }, [1, 2, 3, 4].map(content), sha256);

  it('links each entry to the previous one', () => {
    expect(entries.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(verify(entries)).toBeUndefined();
  });

  it('finds a changed field at its row', () => {
    const tampered = entries.map((e) =>
      e.position === 3 ? { ...e, payloadHash: sha256('x') } : e,
    );
    expect(verify(tampered)).toMatchObject({ position: 3, reason: 'hash-mismatch' });
  });

  it('finds a removed or re-hashed row', () => {
    expect(verify(entries.filter((e) => e.position !== 2))).toMatchObject({
      position: 3,
      reason: 'position-gap',
    });
    const forged = entries.map((e) =>
      e.position === 2 ? { ...e, department: 'x', hash: sha256('forged') } : e,
    );
    expect(verify(forged)).toMatchObject({ position: 2, reason: 'hash-mismatch' });
  });

  it('hashes a canonical serialisation (key order does not matter)', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: null, c: 'x' }] })).toBe(
      '{"a":[1,{"c":"x","d":null}],"b":1}',
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});
