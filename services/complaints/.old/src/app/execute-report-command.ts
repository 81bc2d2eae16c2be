// The shared shape of every case-work use case: lock the report, check the caller's region
// against the report (object-level authorisation), decide, save and publish in one transaction.
import { assertRegionAccess, type Principal } from '@yiwang/service-kit';
import { isUuid, loadForUpdate, type Tx } from '../db/report-store.js';
import type { Deps } from '../deps.js';
import { bureauDate } from '../domain/calendar.js';
import type { ReportCommand } from '../domain/report/commands.js';
import { decide } from '../domain/report/decide.js';
import type { Report } from '../domain/report/state.js';
import type { CommandContext } from '../domain/policy.js';
import { publishReportEvents } from './publish-report-events.js';
import { inTransaction, reportNotFound } from './run-in-transaction.js';

/** Who acts: a verified caller, or the service itself (scheduler, consumers). */
export type Caller = Principal | { readonly system: string };

/** The command context at the deps' clock. */
export function commandContext(
  deps: Pick<Deps, 'clock' | 'deadlines'>,
  by: string,
): CommandContext {
  const now = deps.clock();
  return { at: now.toISOString(), today: bureauDate(now), by, deadlines: deps.deadlines };
}

/**
 * Runs `command` against report `id`. `prepare` may read more inside the transaction (after
 * the lock) to complete the command, e.g. the routing table or earlier reports of the matter.
 */
export async function executeReportCommand(
  deps: Deps,
  id: string,
  caller: Caller,
  command: ReportCommand | ((tx: Tx, report: Report) => Promise<ReportCommand>),
): Promise<Report> {
  return inTransaction(deps, async (tx) => {
    const report = isUuid(id) ? await loadForUpdate(tx, id) : undefined;
    if (report === undefined) throw reportNotFound(id);
    if (!('system' in caller)) assertRegionAccess(caller, report.place.region);
    const ctx = commandContext(deps, 'system' in caller ? `system:${caller.system}` : caller.sub);
    const resolved = typeof command === 'function' ? await command(tx, report) : command;
    const events = decide(resolved, report, ctx);
    return publishReportEvents(deps, tx, report, events, ctx.at);
  });
}
