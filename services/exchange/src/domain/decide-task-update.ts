// Moves a grid task along the loop. Workers accept, handle, give feedback and verify on site;
// the grid centre closes (also as invalid or transferred) and evaluates. Anything else is an
// illegal transition (409 EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION).
import { accept, assertNever, reject, type Decision } from './decision.js';
import type { GridTask, TaskEvent, TaskResult, TaskStatus } from './grid.js';

/** A task update as a grid worker or the grid centre sends it. */
export type TaskUpdate =
  | {
      readonly status: 'accepted' | 'handling' | 'feedback' | 'verified';
      readonly note?: string | undefined;
      readonly photos: readonly string[];
    }
  | { readonly status: 'closed'; readonly result: TaskResult }
  | { readonly status: 'evaluated'; readonly evaluation: number };

/** Who sends it and when. */
export interface UpdateContext {
  readonly by: string;
  readonly isCentre: boolean;
  readonly at: Date;
}

const next: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  dispatched: ['accepted', 'closed'],
  accepted: ['handling', 'closed'],
  handling: ['feedback'],
  feedback: ['verified', 'handling'],
  verified: ['closed'],
  closed: ['evaluated'],
  evaluated: [],
};

/** Decides the event of an update. */
export function decideTaskUpdate(
  task: GridTask,
  update: TaskUpdate,
  ctx: UpdateContext,
): Decision<TaskEvent> {
  if (!next[task.status].includes(update.status)) {
    return reject(
      'EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION',
      `Task ${task.id} is ${task.status}; it cannot become ${update.status}.`,
      { from: task.status, to: update.status, allowed: next[task.status] },
    );
  }
  const at = ctx.at.toISOString();
  switch (update.status) {
    case 'accepted':
    case 'handling':
    case 'feedback':
    case 'verified':
      return accept([{ type: 'gridtask.updated', taskId: task.id, ...update, by: ctx.by, at }]);
    case 'closed': {
      if (!ctx.isCentre) return centreOnly(update.status);
      const early = task.status === 'dispatched' || task.status === 'accepted';
      if (early && update.result !== 'invalid' && update.result !== 'transferred') {
        return reject(
          'EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION',
          `Task ${task.id} was not handled yet: it can only be closed as invalid or transferred.`,
          { from: task.status, to: 'closed', result: update.result },
        );
      }
      const withinSla = ctx.at.getTime() <= Date.parse(task.dueAt);
      return accept([
        { type: 'gridtask.closed', taskId: task.id, result: update.result, withinSla, at },
      ]);
    }
    case 'evaluated':
      if (!ctx.isCentre) return centreOnly(update.status);
      return accept([
        {
          type: 'gridtask.evaluated',
          taskId: task.id,
          evaluation: update.evaluation,
          by: ctx.by,
          at,
        },
      ]);
    default:
      return assertNever(update);
  }
}

function centreOnly(status: string): Decision<TaskEvent> {
  return reject('EXCHANGE.GRID_CENTRE_ONLY', `Only the grid centre may set a task ${status}.`);
}
