// The sweeper: applications nobody screened within the notice period are deemed accepted
// (行政许可法 art. 32), licences get their renewal-due notice once per term (条例 art. 9) and
// expire the day after their last valid day. Each item is decided under its row lock and the
// domain refuses a repeat, so replicas sweeping at once do the work exactly once.
import { withStoredTrace } from '@yiwang/bus';
import { DomainError } from '@yiwang/service-kit';
import { findNoticeLapsed } from '../db/applications.js';
import { findExpired, findRenewalCandidates } from '../db/licences.js';
import { openingTrace, type Traced } from '../db/opening-traces.js';
import { applications, licences } from '../db/tables.js';
import type { Deps } from '../deps.js';
import { addMonths } from '../domain/dates.js';
import { PermitCodes } from '../domain/errors.js';
import { addDays } from '@yiwang/contracts';
import { acceptApplication } from './accept-application.js';
import { executeLicenceCommand } from './execute-licence-command.js';
import { localDate } from './local-date.js';
import { noFatalAccidentInTerm } from './no-fatal-accident.js';

/** One sweep; returns what it did. */
export async function sweep(
  deps: Deps,
): Promise<{ deemed: number; renewalDue: number; expired: number }> {
  const now = deps.clock.now();
  const today = localDate(now);
  const batch = deps.config.PERMITS_SWEEP_BATCH;
  const actor = deps.config.PERMITS_SERVICE_ACTOR;
  const base = { at: now.toISOString(), today, by: actor };
  const result = { deemed: 0, renewalDue: 0, expired: 0 };
  for (const id of await findNoticeLapsed(deps.database.db, today, batch)) {
    const accept = () => acceptApplication(deps, id, actor, true);
    if (await once(() => continuing(deps, applications, id, accept))) result.deemed++;
  }
  // Candidates: expiring within the notice months plus the reminder days from today.
  const horizon = addMonths(
    addDays(today, deps.rules.renewalReminderDays),
    deps.rules.renewalNoticeMonths,
  );
  for (const id of await findRenewalCandidates(deps.database.db, horizon, batch)) {
    const flag = () =>
      executeLicenceCommand(deps, id, async (licence, tx) => ({
        ...base,
        kind: 'flag-renewal-due',
        noFatalAccidentInTerm: await noFatalAccidentInTerm(tx, licence, now),
      }));
    const flagged = await once(() => continuing(deps, licences, id, flag));
    if (flagged) result.renewalDue++;
  }
  for (const id of await findExpired(deps.database.db, today, batch)) {
    const expire = () => executeLicenceCommand(deps, id, { ...base, kind: 'expire' });
    if (await once(() => continuing(deps, licences, id, expire))) result.expired++;
  }
  return result;
}

/** Runs `work` in the trace row `id` of `table` was opened in: the sweep runs on a timer. */
async function continuing<T>(
  deps: Deps,
  table: Traced,
  id: string,
  work: () => Promise<T>,
): Promise<T> {
  return withStoredTrace(await openingTrace(deps.database.db, table, id), work);
}

/** Runs `work`; false when another replica did it first or it is not due. */
async function once(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    const skip: string[] = [PermitCodes.illegalTransition, PermitCodes.notDue];
    if (error instanceof DomainError && skip.includes(error.code)) return false;
    throw error;
  }
}

/** A timer running {@link sweep}. */
export interface Sweeper {
  start(): void;
  stop(): Promise<void>;
}

/** Makes the sweeper loop of this process. */
export function makeSweeper(deps: Deps): Sweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweep(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'permits sweep failed; retried at the next tick'),
    );
  };
  return {
    start() {
      timer = setInterval(tick, deps.config.PERMITS_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
