// A grid worker's report (DOMAIN.md "Grid dispatch": reported with photo, GPS, cell,
// category). A report answering a task names the task, and the hazard the task came from,
// so the hazards context can update that hazard.
import { accept, reject, type Decision } from './decision.js';
import type { GridCell, GridTask } from './grid.js';
import { anyCovers } from './region.js';

/** Categories of grid reports. */
export type ReportCategory = 'safety-hazard' | 'fire-risk' | 'illegal-operation' | 'other';

/** A received report. */
export interface GridReport {
  readonly id: string;
  readonly gridCellId: string;
  readonly region: string;
  readonly worker: string;
  readonly category: ReportCategory;
  readonly summary: string;
  readonly position: { readonly lat: number; readonly lng: number };
  readonly photos: readonly string[];
  readonly taskId?: string | undefined;
  readonly hazardId?: string | undefined;
  readonly reportedAt: string;
  readonly receivedAt: string;
}

/** The event of a report. */
export interface GridReportReceived {
  readonly type: 'gridreport.received';
  readonly report: GridReport;
}

/** The command. */
export type SubmitReport = Omit<GridReport, 'region' | 'hazardId'> & {
  readonly workerRegions: readonly string[];
};

/** Accepts a report for a known cell the worker covers; a named task must be of that cell. */
export function decideGridReport(
  cmd: SubmitReport,
  cell: GridCell | undefined,
  task: GridTask | undefined,
): Decision<GridReportReceived> {
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
  const { workerRegions: _regions, ...fields } = cmd;
  const hazardId = task?.origin === 'hazard' ? task.originRef : undefined;
  return accept([
    { type: 'gridreport.received', report: { ...fields, region: cell.region, hazardId } },
  ]);
}
