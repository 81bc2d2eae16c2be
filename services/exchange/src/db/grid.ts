// Grid cells, tasks and reports: rows ↔ domain and queries.
import { and, asc, eq, gt, like, or, type Column, type SQL } from 'drizzle-orm';
import type {
  GridCell,
  GridTask,
  TaskCategory,
  TaskOrigin,
  TaskResult,
  TaskStatus,
} from '../domain/grid.js';
import type { GridReport } from '../domain/grid-report.js';
import { regionLikePattern } from '../domain/region.js';
import { gridCells, gridReports, gridTasks } from './tables.js';
import type { Executor } from './types.js';

type CellRow = typeof gridCells.$inferSelect;
type TaskRow = typeof gridTasks.$inferSelect;

/** A cell row as a domain cell. */
export function toCell(row: CellRow): GridCell {
  const { id, region, township, name } = row;
  return { id, region, township, name, worker: row.worker ?? undefined };
}

/** Loads a cell. */
export async function findCell(ex: Executor, id: string) {
  const [row] = await ex.select().from(gridCells).where(eq(gridCells.id, id));
  return row === undefined ? undefined : toCell(row);
}

/** Inserts or replaces a cell. */
export async function saveCell(ex: Executor, cell: GridCell, at: Date) {
  const values = {
    region: cell.region,
    township: cell.township,
    name: cell.name,
    worker: cell.worker ?? null,
    updatedAt: at,
  };
  await ex
    .insert(gridCells)
    .values({ id: cell.id, createdAt: at, ...values })
    .onConflictDoUpdate({ target: gridCells.id, set: values });
}

/** A page of cells inside the caller's regions. */
export async function listCells(
  ex: Executor,
  regions: readonly string[],
  region: string | undefined,
  after: string | undefined,
  limit: number,
) {
  const rows = await ex
    .select()
    .from(gridCells)
    .where(
      and(
        after === undefined ? undefined : gt(gridCells.id, after),
        region === undefined ? undefined : like(gridCells.region, regionLikePattern(region)),
        inRegions(gridCells.region, regions),
      ),
    )
    .orderBy(asc(gridCells.id))
    .limit(limit + 1);
  return rows.map(toCell);
}

/** `column` lies in one of the regions (none: matches nothing). */
export function inRegions(column: Column, regions: readonly string[]): SQL {
  const parts = regions.map((r) => like(column, regionLikePattern(r)));
  return parts.length === 0 ? eq(column, '\u0000') : (or(...parts) as SQL);
}

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
    version: row.version,
  };
}

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

/** Stores a received report. */
export async function insertReport(ex: Executor, r: GridReport) {
  await ex.insert(gridReports).values({
    ...r,
    photos: [...r.photos],
    position: { lat: r.position.lat, lng: r.position.lng },
    taskId: r.taskId ?? null,
    hazardId: r.hazardId ?? null,
    reportedAt: new Date(r.reportedAt),
    receivedAt: new Date(r.receivedAt),
  });
}
