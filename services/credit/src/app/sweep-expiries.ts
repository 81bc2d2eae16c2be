// The expiry sweeper: listings whose 3-year term ended are removed (令第11号: removed
// automatically when the term ends), and ratings whose adverse records stopped counting are
// recomputed; stored Idempotency-Key answers past their retention are deleted. Each listing is decided under its row lock, so two replicas sweeping at once
// remove it once (the second finds it removed: an illegal transition it skips).
import { withStoredTrace } from '@yiwang/bus';
import { DomainError } from '@yiwang/service-kit';
import { purgeIdempotencyKeys } from '../db/idempotency.js';
import { openingTrace } from '../db/listing-trace.js';
import { findExpired } from '../db/listings.js';
import { lockSubject } from '../db/locks.js';
import { findRatingsDue } from '../db/subjects.js';
import type { Deps } from '../deps.js';
import { CreditCodes } from '../domain/errors.js';
import { executeListingCommand } from './execute-listing-command.js';
import { localDate } from './local-date.js';
import { recomputeRating } from './recompute-rating.js';

/** One sweep; returns how many listings it removed and ratings it recomputed. */
export async function sweepExpiries(deps: Deps): Promise<{ removed: number; rated: number }> {
  const now = deps.clock.now();
  const today = localDate(now);
  const batch = deps.config.CREDIT_SWEEP_BATCH;
  let removed = 0;
  for (const id of await findExpired(deps.database.db, today, batch)) {
    try {
      // the removal continues the trace the case was opened in (this runs on a timer)
      const opened = await openingTrace(deps.database.db, id);
      await withStoredTrace(opened, () =>
        executeListingCommand(deps, id, {
          kind: 'expire',
          at: now.toISOString(),
          today,
          by: deps.config.CREDIT_SERVICE_ACTOR,
          dept: deps.config.CREDIT_BUREAU_DEPARTMENT,
        }),
      );
      removed++;
    } catch (error) {
      if (error instanceof DomainError && error.code === CreditCodes.illegalTransition) continue;
      throw error;
    }
  }
  await purgeIdempotencyKeys(deps, now);
  let rated = 0;
  for (const id of await findRatingsDue(deps.database.db, today, batch)) {
    await deps.database.db.transaction(async (tx) => {
      await lockSubject(tx, id);
      await recomputeRating(deps, tx, id, 'bad-record-expired');
    });
    rated++;
  }
  return { removed, rated };
}

/** A timer running {@link sweepExpiries}. */
export interface ExpirySweeper {
  start(): void;
  stop(): Promise<void>;
}

/** Makes the sweeper loop of this process. */
export function makeExpirySweeper(deps: Deps): ExpirySweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepExpiries(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'expiry sweep failed; retried at the next tick'),
    );
  };
  return {
    start() {
      timer = setInterval(tick, deps.config.CREDIT_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
