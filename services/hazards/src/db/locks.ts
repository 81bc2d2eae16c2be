// Transaction-scoped advisory locks. Opening a case and projecting its enterprise take the
// same lock per USCC, so a case opened while the directory event is being applied is either
// seen by the projection (and enriched) or sees the projected enterprise: never neither.
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** Serialises work on one enterprise until the transaction ends. */
export async function lockEnterprise(tx: Executor, uscc: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`enterprise:${uscc}`}))`);
}
