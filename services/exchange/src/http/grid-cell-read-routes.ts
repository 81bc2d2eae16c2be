// Reading grid cells: any bureau user, inside their regions.
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { findCell, listCells } from '../db/grid-cells.js';
import type { Deps } from '../deps.js';
import { bearer, Page, problems } from './schemas/common.js';
import { CellQuery, CellView, IdParams } from './schemas/grid.js';

const tags = ['grid'];
const defined = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;

/** Registers the grid cell read routes. */
export function gridCellReadRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/grid/cells',
    {
      schema: {
        tags,
        summary: 'List grid cells in your regions',
        security: bearer,
        querystring: CellQuery,
        response: { 200: Page(CellView), ...problems },
      },
      preHandler: app.auth.require(),
    },
    async (request) => {
      const { cursor, limit, region } = request.query;
      const rows = await listCells(
        deps.database.db,
        principalOf(request).regions,
        region,
        decodeKeyCursor(cursor),
        limit,
      );
      const { items, next } = keysetPage(rows, limit, (c) => c.id);
      return { items: items.map(defined), next };
    },
  );
  app.get(
    '/v1/grid/cells/:id',
    {
      schema: {
        tags,
        summary: 'One grid cell',
        security: bearer,
        params: IdParams,
        response: { 200: CellView, ...problems },
      },
      preHandler: app.auth.require(),
    },
    async (request) => {
      const cell = await findCell(deps.database.db, request.params.id);
      if (cell === undefined) throw notFound('grid cell', request.params.id);
      assertRegionAccess(principalOf(request), cell.region);
      return defined(cell);
    },
  );
}
