// Grid task rows → domain tasks.
import type { GridTask, TaskCategory, TaskOrigin, TaskResult, TaskStatus } from '../domain/grid.js';
import type { gridTasks } from './tables.js';

type TaskRow = typeof gridTasks.$inferSelect;

/** A task row as a domain task. */
export function toTask(row: TaskRow): GridTask {
  return {
    id: row.id,
    gridCellId: row.gridCellId,
    region: row.region,
    enterprise: row.enterprise ?? undefined,
    origin: row.origin as TaskOrigin,
    originType: row.originType,
    originRef: row.originRef,
    category: row.category as TaskCategory,
    summary: row.summary ?? undefined,
    status: row.status as TaskStatus,
    assignee: row.assignee ?? undefined,
    result: (row.result ?? undefined) as TaskResult | undefined,
    evaluation: row.evaluation ?? undefined,
    dispatchedAt: row.dispatchedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    closedAt: row.closedAt?.toISOString(),
    overdueAt: row.overdueAt?.toISOString(),
    version: row.version,
  };
}
