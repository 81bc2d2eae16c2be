// A grid task past its SLA (DOMAIN.md "Grid dispatch": the SLA starts at dispatch) is flagged
// once, while it is still open, so the grid centre can chase it; closing it later still
// records `withinSla: false`.
import { accept, type Decision } from './decision.js';
import type { GridTask, TaskEvent } from './grid.js';

/** `gridtask.overdue` when `task` is open, past `dueAt` at `now` and not flagged yet. */
export function decideOverdue(task: GridTask, now: Date): Decision<TaskEvent> {
  const { status } = task;
  if (status === 'closed' || status === 'evaluated') return accept([]);
  if (task.overdueAt !== undefined || now.getTime() <= Date.parse(task.dueAt)) return accept([]);
  return accept([
    {
      type: 'gridtask.overdue',
      taskId: task.id,
      gridCellId: task.gridCellId,
      status,
      assignee: task.assignee,
      dueAt: task.dueAt,
      at: now.toISOString(),
    },
  ]);
}
