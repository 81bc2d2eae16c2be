// Receiving a grid worker's report: the cell must be known and covered by the worker's token;
// a named task must be of that cell; a named enterprise must be in the directory in that cell
// (DOMAIN.md: every enterprise belongs to exactly one grid cell).
import { accept, reject, type Decision } from './decision.js';
import type { GridCell, GridTask } from './grid.js';
import type { GridReport, ReportEvent } from './grid-report.js';
import { anyCovers } from './region.js';

/** The command. */
export type SubmitReport = Omit<
  GridReport,
  'region' | 'hazardId' | 'status' | 'version' | 'dispatchedTaskId'
> & { readonly workerRegions: readonly string[] };

/** What the decision looks at besides the command. */
export interface ReportContext {
  readonly cell: GridCell | undefined;
  readonly task: GridTask | undefined;
  /** The grid cell of the named enterprise in the directory (undefined: unknown). */
  readonly enterpriseCell: string | undefined;
  /** The report a `grid-report` task was dispatched for (it may know the hazard case). */
  readonly originReport: GridReport | undefined;
}

/** Accepts a report; a report answering a task is attached to it and names its hazard. */
export function decideGridReport(cmd: SubmitReport, ctx: ReportContext): Decision<ReportEvent> {
  const { cell, task } = ctx;
  if (cell === undefined) {
    return reject('EXCHANGE.GRID_CELL_UNKNOWN', `Grid cell ${cmd.gridCellId} is not registered.`);
  }
  if (!anyCovers(cmd.workerRegions, cell.region)) {
    return reject('EXCHANGE.GRID_CELL_FORBIDDEN', `Your token does not cover cell ${cell.id}.`);
  }
  if (cmd.taskId !== undefined && (task === undefined || task.gridCellId !== cell.id)) {
    return reject(
      'EXCHANGE.GRID_TASK_UNKNOWN',
      `Task ${cmd.taskId} is not a task of grid cell ${cell.id}.`,
    );
  }
  if (cmd.enterprise !== undefined && ctx.enterpriseCell !== cell.id) {
    return reject(
      'EXCHANGE.GRID_ENTERPRISE_NOT_IN_CELL',
      `Enterprise ${cmd.enterprise} is not in the directory in grid cell ${cell.id}.`,
    );
  }
  const { workerRegions: _regions, ...fields } = cmd;
  const hazardId = task?.origin === 'hazard' ? task.originRef : ctx.originReport?.hazardId;
  const report: GridReport = {
    ...fields,
    enterprise: fields.enterprise ?? task?.enterprise,
    region: cell.region,
    hazardId,
    status: task === undefined ? 'reported' : 'attached',
    version: 1,
  };
  return accept([{ type: 'gridreport.received', report }]);
}
