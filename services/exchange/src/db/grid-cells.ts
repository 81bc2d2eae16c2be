// Grid cells: rows ↔ domain and queries.
import { inRegions } from '@yiwang/service-kit';
import { and, asc, eq, gt, like } from 'drizzle-orm';
import type { GridCell } from '../domain/grid.js';
import { regionLikePattern } from '../domain/region.js';
import { gridCells } from './tables.js';
import type { Executor } from './types.js';

type CellRow = typeof gridCells.$inferSelect;

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
