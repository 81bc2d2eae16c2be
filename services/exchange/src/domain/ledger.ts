// The sharing ledger's hash chain (ARCHITECTURE.md §6). Each entry's hash is SHA-256 over the
// canonical JSON of its content and the previous entry's hash, so changing, removing or
// reordering any entry breaks every hash from there on. The hash function comes in: the
// domain does no I/O and imports no crypto module.
import { canonicalJson } from './canonical-json.js';

/** Hash of "no previous entry". */
export const GENESIS_HASH = '0'.repeat(64);

/** What is recorded when an event is shared with a department. */
export interface LedgerContent {
  readonly position: number;
  readonly department: string;
  readonly eventId: string;
  readonly eventType: string;
  /** SHA-256 (hex) of the canonical JSON of the projected event as shared. */
  readonly payloadHash: string;
  /** RFC 3339 with milliseconds, UTC (`Date.toISOString()`). */
  readonly sharedAt: string;
}

/** A stored entry. */
export interface LedgerEntry extends LedgerContent {
  readonly prevHash: string;
  readonly hash: string;
}

/** SHA-256 of a UTF-8 string, hex encoded. */
export type Sha256 = (text: string) => string;

/** The exact text that is hashed for an entry (versioned, so the format can evolve). */
export function ledgerPreimage(content: LedgerContent, prevHash: string): string {
  return canonicalJson([
    'yiwang-sharing-ledger-v1',
    content.position,
    content.department,
    content.eventId,
    content.eventType,
    content.payloadHash,
    content.sharedAt,
    prevHash,
  ]);
}

/** Chains new contents after the head; positions must follow the head's. */
export function chain(
  head: { readonly position: number; readonly hash: string },
  contents: readonly Omit<LedgerContent, 'position'>[],
  sha256: Sha256,
): LedgerEntry[] {
  let prev = head;
  return contents.map((content) => {
    const full = { ...content, position: prev.position + 1 };
    const entry = { ...full, prevHash: prev.hash, hash: sha256(ledgerPreimage(full, prev.hash)) };
    prev = entry;
    return entry;
  });
}

/** Why an entry does not verify. */
export type BreakReason = 'position-gap' | 'prev-hash-mismatch' | 'hash-mismatch';

/** Checks one entry against its predecessor; undefined when it verifies. */
export function checkEntry(
  previous: { readonly position: number; readonly hash: string },
  entry: LedgerEntry,
  sha256: Sha256,
): { reason: BreakReason; expected: string; actual: string } | undefined {
  if (entry.position !== previous.position + 1) {
    return {
      reason: 'position-gap',
      expected: String(previous.position + 1),
      actual: String(entry.position),
    };
  }
  if (entry.prevHash !== previous.hash) {
    return { reason: 'prev-hash-mismatch', expected: previous.hash, actual: entry.prevHash };
  }
  const expected = sha256(ledgerPreimage(entry, entry.prevHash));
  return expected === entry.hash
    ? undefined
    : { reason: 'hash-mismatch', expected, actual: entry.hash };
}
