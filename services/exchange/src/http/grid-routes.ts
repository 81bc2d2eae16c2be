// Grid cells (grid centre, admin; readable by any bureau user in their regions). Tasks and
// reports are in grid-task-routes.ts.
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { putGridCell } from '../app/put-grid-cell.js';
import { findCell, listCells } from '../db/grid.js';
import type { Deps } from '../deps.js';
import { GRID_ADMINS } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import { CellBody, CellQuery, CellView, IdParams } from './schemas/grid.js';

const tags = ['grid'];
const defined = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;

/** Registers the grid routes. */
export function gridRoutes(app: ServiceApp, deps: Deps): void {
  app.put(
    '/v1/grid/cells/:id',
    {
      schema: {
        tags,
        summary: 'Register or update a grid cell',
        security: bearer,
        params: IdParams,
        body: CellBody,
        response: { 200: CellView, 201: CellView, ...problems },
      },
      preHandler: app.auth.require({ roles: GRID_ADMINS }),
    },
    async (request, reply) => {
      const cell = { id: request.params.id, ...request.body };
      const result = await putGridCell(deps, cell, principalOf(request).regions);
      return reply.code(result.created ? 201 : 200).send(defined(result.cell));
    },
  );
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
