// Idempotency records (with their sealed first answers) are kept 24 hours, then deleted: a
// retry later than that is a new request, and the sealed access key should not linger.
import { lt } from 'drizzle-orm';
import { idempotencyKeys } from '../db/tables.js';
import type { Deps } from '../deps.js';

const RETENTION_MS = 24 * 3_600_000;

export async function purgeIdempotencyKeys(deps: Deps): Promise<number> {
  const before = new Date(deps.clock().getTime() - RETENTION_MS).toISOString();
  const gone = await deps.database.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
