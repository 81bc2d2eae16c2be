// Grid task events → contract events (part of the one mapping, contract-events.ts).
import { createEvent, exchange, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { TaskEvent } from '../domain/grid.js';
import type { Base } from './envelope-base.js';

/** The CloudEvent of a grid task event. */
export function taskEvent(event: TaskEvent, base: Base): CloudEvent {
  switch (event.type) {
    case 'gridtask.dispatched': {
      const t = event.task;
      const data = {
        taskId: t.id,
        gridCellId: t.gridCellId,
        origin: t.origin,
        originType: t.originType,
        originRef: t.originRef,
        category: t.category,
        ...(t.summary === undefined ? {} : { summary: t.summary }),
        ...(t.assignee === undefined ? {} : { assignee: t.assignee }),
        dispatchedAt: t.dispatchedAt,
        dueAt: t.dueAt,
      };
      return createEvent(exchange.gridtaskDispatched, {
        ...base,
        subject: t.id,
        time: t.dispatchedAt,
        data,
      });
    }
    case 'gridtask.updated': {
      const data = {
        taskId: event.taskId,
        status: event.status,
        by: event.by,
        ...(event.note === undefined ? {} : { note: event.note }),
        photos: [...event.photos],
        updatedAt: event.at,
      };
      return createEvent(exchange.gridtaskUpdated, {
        ...base,
        subject: event.taskId,
        time: event.at,
        data,
      });
    }
    case 'gridtask.closed': {
      const { taskId, result, withinSla, at } = event;
      const data = { taskId, result, withinSla, closedAt: at };
      return createEvent(exchange.gridtaskClosed, { ...base, subject: taskId, time: at, data });
    }
    case 'gridtask.overdue': {
      const { taskId, gridCellId, status, assignee, dueAt, at } = event;
      const data = {
        taskId,
        gridCellId,
        status,
        ...(assignee === undefined ? {} : { assignee }),
        dueAt,
        overdueAt: at,
      };
      return createEvent(exchange.gridtaskOverdue, { ...base, subject: taskId, time: at, data });
    }
    case 'gridtask.evaluated': {
      const { taskId, evaluation, by, at } = event;
      const data = { taskId, evaluation, by, evaluatedAt: at };
      return createEvent(exchange.gridtaskEvaluated, { ...base, subject: taskId, time: at, data });
    }
    default:
      return assertNever(event);
  }
}
