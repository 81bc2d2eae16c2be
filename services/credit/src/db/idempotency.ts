// Retention of stored Idempotency-Key answers (a retry comes within hours, not months).
import { lt } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { idempotencyKeys } from './tables.js';

/** Deletes answers older than `CREDIT_IDEMPOTENCY_HOURS`; returns how many. */
export async function purgeIdempotencyKeys(
  deps: Pick<Deps, 'database' | 'config'>,
  now: Date,
): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.config.CREDIT_IDEMPOTENCY_HOURS * 3_600_000);
  const rows = await deps.database.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
