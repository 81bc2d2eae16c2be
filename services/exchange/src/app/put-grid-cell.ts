// PUT /v1/grid/cells/{id}: registers or updates a grid cell (reference data, no event).
import { DomainError } from '@yiwang/service-kit';
import type { GridCell } from '../domain/grid.js';
import { anyCovers } from '../domain/region.js';
import { findCell, saveCell } from '../db/grid-cells.js';
import type { Deps } from '../deps.js';

/** Saves a cell the caller's regions cover; returns whether it was new. */
export async function putGridCell(deps: Deps, cell: GridCell, regions: readonly string[]) {
  return deps.database.db.transaction(async (tx) => {
    const current = await findCell(tx, cell.id);
    for (const region of [cell.region, current?.region]) {
      if (region !== undefined && !anyCovers(regions, region)) {
        throw new DomainError(
          'EXCHANGE.REGION_FORBIDDEN',
          `Your token does not cover region ${region}.`,
        );
      }
    }
    await saveCell(tx, cell, deps.clock.now());
    return { cell, created: current === undefined };
  });
}
