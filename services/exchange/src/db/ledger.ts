// Appending to the sharing ledger and the feed rows it numbers. Appends lock the chain head
// row, so positions are gapless and assigned in commit order: the feed cursor never skips a
// row that commits late. Reads: ledger-reads.ts.
import { eq } from 'drizzle-orm';
import { chain, type LedgerEntry, type Sha256 } from '../domain/ledger.js';
import { ledgerHead, shares, sharingLedger } from './tables.js';
import type { Executor } from './types.js';

/** One event shared with one department. */
export interface NewShare {
  readonly department: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly aggregateKey: string;
  readonly sequence: number;
  readonly region: string;
  readonly payload: Record<string, unknown>;
  readonly payloadHash: string;
}

/** Appends shares to the ledger and the feed in the caller's transaction; returns positions. */
export async function appendShares(
  tx: Executor,
  items: readonly NewShare[],
  sharedAt: Date,
  sha256: Sha256,
): Promise<number[]> {
  if (items.length === 0) return [];
  const [head] = await tx.select().from(ledgerHead).where(eq(ledgerHead.id, 1)).for('update');
  if (head === undefined) throw new Error('ledger_head row is missing (migration 0001)');
  const at = sharedAt.toISOString();
  const entries = chain(
    head,
    items.map((s) => ({ ...pick(s), sharedAt: at })),
    sha256,
  );
  await tx.insert(sharingLedger).values(entries.map((e) => ({ ...e, sharedAt })));
  await tx.insert(shares).values(
    items.map((s, i) => ({
      position: (entries[i] as LedgerEntry).position,
      department: s.department,
      eventId: s.eventId,
      eventType: s.eventType,
      aggregateKey: s.aggregateKey,
      sequence: s.sequence,
      region: s.region,
      payload: s.payload,
      sharedAt,
    })),
  );
  const last = entries.at(-1) as LedgerEntry;
  await tx
    .update(ledgerHead)
    .set({ position: last.position, hash: last.hash })
    .where(eq(ledgerHead.id, 1));
  return entries.map((e) => e.position);
}

function pick(s: NewShare) {
  const { department, eventId, eventType, payloadHash } = s;
  return { department, eventId, eventType, payloadHash };
}

/** The head row (position and hash of the last entry). */
export async function readHead(ex: Executor) {
  const [head] = await ex.select().from(ledgerHead).where(eq(ledgerHead.id, 1));
  return head ?? { id: 1, position: 0, hash: '' };
}
