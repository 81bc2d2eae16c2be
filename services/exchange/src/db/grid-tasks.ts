// Grid tasks: queries (rows ↔ domain: grid-task-rows.ts).
import { activeTraceFields } from '@yiwang/bus';
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, gt, isNull, lt, notInArray } from 'drizzle-orm';
import type { GridTask } from '../domain/grid.js';
import { toTask } from './grid-task-rows.js';
import { gridTasks } from './tables.js';
import type { Executor } from './types.js';

/** Loads a task, locking it when `forUpdate`. */
export async function findTask(ex: Executor, id: string, forUpdate = false) {
  const q = ex.select().from(gridTasks).where(eq(gridTasks.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row === undefined ? undefined : toTask(row);
}

/** The task already made for an origin, if any. */
export async function findTaskByOrigin(ex: Executor, origin: string, originRef: string) {
  const [row] = await ex
    .select()
    .from(gridTasks)
    .where(and(eq(gridTasks.origin, origin), eq(gridTasks.originRef, originRef)));
  return row === undefined ? undefined : toTask(row);
}

/** Inserts or updates a task. */
export async function saveTask(ex: Executor, t: GridTask, at: Date) {
  const values = {
    status: t.status,
    result: t.result ?? null,
    evaluation: t.evaluation ?? null,
    closedAt: t.closedAt === undefined ? null : new Date(t.closedAt),
    overdueAt: t.overdueAt === undefined ? null : new Date(t.overdueAt),
    version: t.version,
    updatedAt: at,
  };
  await ex
    .insert(gridTasks)
    .values({
      ...values,
      id: t.id,
      gridCellId: t.gridCellId,
      region: t.region,
      enterprise: t.enterprise ?? null,
      origin: t.origin,
      originType: t.originType,
      originRef: t.originRef,
      category: t.category,
      summary: t.summary ?? null,
      assignee: t.assignee ?? null,
      dispatchedAt: new Date(t.dispatchedAt),
      dueAt: new Date(t.dueAt),
      // only when the task is made: the trace it was dispatched in
      traceParent: activeTraceFields().traceparent ?? null,
    })
    .onConflictDoUpdate({ target: gridTasks.id, set: values });
}

/** A page of tasks inside the caller's regions. */
export async function listTasks(
  ex: Executor,
  regions: readonly string[],
  filter: { cell?: string | undefined; status?: string | undefined },
  after: string | undefined,
  limit: number,
) {
  const rows = await ex
    .select()
    .from(gridTasks)
    .where(
      and(
        after === undefined ? undefined : gt(gridTasks.id, after),
        filter.cell === undefined ? undefined : eq(gridTasks.gridCellId, filter.cell),
        filter.status === undefined ? undefined : eq(gridTasks.status, filter.status),
        inRegions(gridTasks.region, regions),
      ),
    )
    .orderBy(asc(gridTasks.id))
    .limit(limit + 1);
  return rows.map(toTask);
}

/**
 * Locks up to `limit` open tasks past their due time not flagged yet (skipping locked ones),
 * each with the trace it was dispatched in.
 */
export async function claimOverdueTasks(ex: Executor, now: Date, limit: number) {
  const rows = await ex
    .select()
    .from(gridTasks)
    .where(
      and(
        isNull(gridTasks.overdueAt),
        lt(gridTasks.dueAt, now),
        notInArray(gridTasks.status, ['closed', 'evaluated']),
      ),
    )
    .orderBy(asc(gridTasks.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return rows.map((row) => ({ task: toTask(row), traceParent: row.traceParent }));
}
