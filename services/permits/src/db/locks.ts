// Transaction-scoped advisory locks. Every change of what stands against a holder (a listing,
// a policy, a hazard) and every decision about its licences take the same lock per USCC, so a
// reconciliation always sees the facts of the transactions before it.
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** Serialises work on one holder until the transaction ends. */
export async function lockHolder(tx: Executor, uscc: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`holder:${uscc}`}))`);
}
