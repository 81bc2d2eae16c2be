// A department that joins late catches up (issue #11, scenario 3): every archived event since
// `since` (default: the whole archive window) that was never shared with it is shared now if
// its policy grants it today, projected, in the ledger and its feed, and queued on its webhook
// and NATS paths as `catch-up` deliveries. Batches commit one by one; running it again shares
// only what is still missing.
import { DomainError } from '@yiwang/service-kit';
import { decideCatchUpStart } from '../domain/catch-up.js';
import { agreementInForce } from '../domain/policy.js';
import { businessDate } from '../domain/time.js';
import { loadDepartment } from '../db/departments.js';
import { awaitFanOutsInFlight } from '../db/locks.js';
import { unsharedSince, type ArchiveCursor } from '../db/event-archive.js';
import type { Deps } from '../deps.js';
import { notFound, rejected } from './decided.js';
import { shareWith } from './share-event.js';

/** Archived events read per transaction. */
const BATCH = 500;

/** What a catch-up did. */
export interface CatchUp {
  readonly from: Date;
  readonly shared: number;
}

/** Catches `code` up from `since`. @throws EXCHANGE.CATCH_UP_TOO_OLD, …NOT_FOUND, …EXPIRED */
export async function catchUpDepartment(deps: Deps, code: string, since?: Date): Promise<CatchUp> {
  const now = deps.clock.now();
  const start = decideCatchUpStart(now, deps.config.EXCHANGE_ARCHIVE_DAYS, since);
  if (!start.ok) throw rejected(start.rejection);
  const { from } = start;
  // a fan-out in flight may have read the departments before this one was registered
  await deps.database.db.transaction((tx) => awaitFanOutsInFlight(tx));
  let cursor: ArchiveCursor | undefined;
  let shared = 0;
  for (;;) {
    const batch = await deps.database.db.transaction(async (tx) => {
      // the row lock keeps two catch-ups of one department from sharing an event twice
      const found = await loadDepartment(tx, code, true);
      if (found === undefined) throw notFound('department', code);
      if (!agreementInForce(found.department.policy, businessDate(now))) {
        throw new DomainError('EXCHANGE.AGREEMENT_EXPIRED', `The agreement of ${code} expired.`);
      }
      const rows = await unsharedSince(tx, code, from, cursor, BATCH);
      let count = 0;
      for (const row of rows) {
        count += await shareWith(deps, tx, row.event, [found.department], 'catch-up');
      }
      return { count, last: rows.at(-1)?.cursor, full: rows.length === BATCH };
    });
    shared += batch.count;
    cursor = batch.last;
    if (!batch.full) return { from, shared };
  }
}
