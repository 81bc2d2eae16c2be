// Transaction-scoped advisory locks. Every change that may flip an enterprise's compliance
// (policies, directory events, the sweeper) takes the same lock per USCC, so two of them never
// assess the same enterprise from stale facts.
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** Serialises work on one enterprise until the transaction ends. */
export async function lockEnterprise(tx: Executor, uscc: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`insurance:${uscc}`}))`);
}
