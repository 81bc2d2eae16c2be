// Reading the sharing ledger (verification, the entries list) and the feed it numbers.
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { LedgerEntry } from '../domain/ledger.js';
import { shares, sharingLedger } from './tables.js';
import type { Executor } from './types.js';

/** A batch of ledger entries after `position`, in order. */
export async function ledgerBatch(ex: Executor, after: number, limit: number) {
  const rows = await ex
    .select()
    .from(sharingLedger)
    .where(gt(sharingLedger.position, after))
    .orderBy(asc(sharingLedger.position))
    .limit(limit);
  return rows.map((r): LedgerEntry => ({ ...r, sharedAt: r.sharedAt.toISOString() }));
}

/** Feed payloads of the given positions. */
export async function payloadsAt(ex: Executor, positions: readonly number[]) {
  if (positions.length === 0) return new Map<number, Record<string, unknown>>();
  const rows = await ex
    .select({ position: shares.position, payload: shares.payload })
    .from(shares)
    .where(inArray(shares.position, [...positions]));
  return new Map(rows.map((r) => [r.position, r.payload]));
}

/** A department's feed after a position. */
export async function feedPage(ex: Executor, department: string, after: number, limit: number) {
  return ex
    .select({ position: shares.position, payload: shares.payload, eventType: shares.eventType })
    .from(shares)
    .where(and(eq(shares.department, department), gt(shares.position, after)))
    .orderBy(asc(shares.position))
    .limit(limit);
}
