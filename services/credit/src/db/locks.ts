// Transaction-scoped advisory locks: work on one subject (records, rating, proposals) is
// serialised, so two events of one enterprise cannot both propose a listing or race a rating.
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** Serialises work on one subject until the transaction ends. */
export async function lockSubject(tx: Executor, subjectId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`credit-subject:${subjectId}`}))`);
}
