// A grid task after one of its events (for saving and for the next decision).
import { assertNever } from './decision.js';
import type { GridTask, TaskEvent } from './grid.js';

/** The task after an event. */
export function evolveTask(task: GridTask | undefined, event: TaskEvent): GridTask {
  if (event.type === 'gridtask.dispatched') return event.task;
  if (task === undefined) throw new Error('event applied to a missing task');
  const version = task.version + 1;
  switch (event.type) {
    case 'gridtask.updated':
      return { ...task, status: event.status, version };
    case 'gridtask.closed':
      return { ...task, status: 'closed', result: event.result, closedAt: event.at, version };
    case 'gridtask.overdue':
      return { ...task, overdueAt: event.at, version };
    case 'gridtask.evaluated':
      return { ...task, status: 'evaluated', evaluation: event.evaluation, version };
    default:
      return assertNever(event);
  }
}
