// POST /v1/grid/reports: a grid worker's report becomes `exchange.gridreport.received` (the
// hazards context turns a safety hazard into a hazard case). A report answering a task names
// the task's hazard case, so hazards links it to that case instead of opening another.
import { decideGridReport, type SubmitReport } from '../domain/decide-grid-report.js';
import { findEnterprise } from '../db/enterprises.js';
import { findCell } from '../db/grid-cells.js';
import { findReport, saveReport } from '../db/grid-reports.js';
import { findTask } from '../db/grid-tasks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided } from './decided.js';

/** The report as sent; the worker is the caller. */
export type ReportInput = Omit<SubmitReport, 'id' | 'receivedAt' | 'worker' | 'workerRegions'>;

/** Records a report; returns it. */
export async function submitGridReport(
  deps: Deps,
  input: ReportInput,
  worker: { sub: string; regions: readonly string[] },
) {
  const at = deps.clock.now().toISOString();
  return deps.database.db.transaction(async (tx) => {
    const cmd = {
      ...input,
      id: deps.ids.id('gr'),
      receivedAt: at,
      worker: worker.sub,
      workerRegions: worker.regions,
    };
    const [event] = decided(decideGridReport(cmd, await contextOf(tx, input)));
    if (event?.type !== 'gridreport.received') throw new Error('no report event');
    const { report } = event;
    await saveReport(tx, report);
    const facts = { id: deps.ids.uuid(), sequence: 1, region: report.region };
    await deps.bus.outbox.add(
      tx,
      toContractEvent(event, { ...facts, enterprise: report.enterprise }),
    );
    return report;
  });
}

async function contextOf(tx: Executor, input: ReportInput) {
  const task = input.taskId === undefined ? undefined : await findTask(tx, input.taskId);
  const named =
    input.enterprise === undefined ? undefined : await findEnterprise(tx, input.enterprise);
  const originReport =
    task?.origin === 'grid-report' ? await findReport(tx, task.originRef) : undefined;
  return {
    cell: await findCell(tx, input.gridCellId),
    task,
    enterpriseCell: named?.status === 'open' ? named.gridCellId : undefined,
    originReport,
  };
}
