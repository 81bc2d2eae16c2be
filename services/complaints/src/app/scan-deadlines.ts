// One pass of the deadline scheduler. Reports owing a notice are claimed with
// `FOR UPDATE SKIP LOCKED`: two replicas scanning at once take disjoint reports, and a report
// whose notice was just emitted no longer matches (its next_notice_on moved on, which the row
// lock's re-check sees). Together with the notices remembered in the report's state, each
// notice is emitted exactly once. A notice continues the trace of the report's intake (the scan
// runs on a timer, outside any trace), so a case reads as one trace from the call to its notices.
import { withStoredTrace } from '@yiwang/bus';
import { asc, lte } from 'drizzle-orm';
import { saveReport } from '../db/report-store.js';
import { reports } from '../db/tables.js';
import type { Deps } from '../deps.js';
import { decide } from '../domain/report/decide.js';
import { commandContext } from './execute-report-command.js';
import { publishReportEvents } from './publish-report-events.js';
import { inTransaction } from './run-in-transaction.js';

/** Emits the due-soon and overdue notices owed today; returns how many reports it handled. */
export async function scanDeadlines(deps: Deps, batch = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const ctx = commandContext(deps, 'system:deadline-scheduler');
    const handled = await inTransaction(deps, async (tx) => {
      const due = await tx
        .select({ state: reports.state, traceParent: reports.traceParent })
        .from(reports)
        .where(lte(reports.nextNoticeOn, ctx.today))
        .orderBy(asc(reports.nextNoticeOn))
        .limit(batch)
        .for('update', { skipLocked: true });
      for (const { state, traceParent } of due) {
        const events = decide({ type: 'scan-deadlines' }, state, ctx);
        const received = { traceparent: traceParent ?? undefined };
        if (events.length > 0) {
          await withStoredTrace(received, () =>
            publishReportEvents(deps, tx, state, events, ctx.at),
          );
        } else {
          // No notice owed (the settings changed since): recompute the column to stop matching.
          await saveReport(tx, state, ctx.at, deps.deadlines);
        }
      }
      return due.length;
    });
    total += handled;
    if (handled < batch) return total;
  }
}
