// A hazard or an escalated alarm in a cell becomes a grid task for that cell; the SLA starts
// at dispatch (DOMAIN.md "Grid dispatch"). Ids and the clock come in with the command.
import { accept, reject, type Decision } from './decision.js';
import type { GridCell, GridTask, TaskCategory, TaskEvent, TaskOrigin } from './grid.js';
import { addHours } from './time.js';

/** The command: something that needs a grid worker's eyes. */
export interface DispatchTask {
  readonly taskId: string;
  readonly origin: TaskOrigin;
  readonly originType: string;
  readonly originRef: string;
  readonly category: TaskCategory;
  readonly summary?: string | undefined;
  readonly enterprise?: string | undefined;
  readonly at: Date;
  readonly slaHours: number;
}

/** Decides the dispatch; `existing` is a task already made for the same origin (idempotence). */
export function decideDispatch(
  cmd: DispatchTask,
  cell: GridCell | undefined,
  existing: GridTask | undefined,
): Decision<TaskEvent> {
  if (existing !== undefined) return accept([]);
  if (cell === undefined) {
    return reject('EXCHANGE.GRID_CELL_UNKNOWN', `No grid cell is known for ${cmd.originRef}.`);
  }
  const task: GridTask = {
    id: cmd.taskId,
    gridCellId: cell.id,
    region: cell.region,
    enterprise: cmd.enterprise,
    origin: cmd.origin,
    originType: cmd.originType,
    originRef: cmd.originRef,
    category: cmd.category,
    summary: cmd.summary,
    status: 'dispatched',
    assignee: cell.worker,
    dispatchedAt: cmd.at.toISOString(),
    dueAt: addHours(cmd.at, cmd.slaHours).toISOString(),
    version: 1,
  };
  return accept([{ type: 'gridtask.dispatched', task }]);
}
