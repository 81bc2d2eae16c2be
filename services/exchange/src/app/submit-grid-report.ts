// POST /v1/grid/reports: a grid worker's report becomes `exchange.gridreport.received`
// (the hazards context turns a safety hazard into a hazard case).
import { decideGridReport, type SubmitReport } from '../domain/grid-report.js';
import { findCell, findTask, insertReport } from '../db/grid.js';
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
    const cell = await findCell(tx, input.gridCellId);
    const task = input.taskId === undefined ? undefined : await findTask(tx, input.taskId);
    const cmd = {
      ...input,
      id: deps.ids.id('gr'),
      receivedAt: at,
      worker: worker.sub,
      workerRegions: worker.regions,
    };
    const [event] = decided(decideGridReport(cmd, cell, task));
    if (event === undefined) throw new Error('no report event');
    await insertReport(tx, event.report);
    const facts = {
      id: deps.ids.uuid(),
      sequence: 1,
      region: event.report.region,
      enterprise: task?.enterprise,
    };
    await deps.bus.outbox.add(tx, toContractEvent(event, facts));
    return event.report;
  });
}
