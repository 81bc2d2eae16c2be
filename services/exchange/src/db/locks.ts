// Transaction-scoped advisory locks for aggregates that may not exist yet (a first PUT of an
// enterprise, a department registration): two concurrent creators serialise here instead of
// both deciding "new" and one failing on the primary key.
import { sql } from 'drizzle-orm';
import type { Executor } from './types.js';

/** Locks `key` until the transaction ends. */
export async function lockKey(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
