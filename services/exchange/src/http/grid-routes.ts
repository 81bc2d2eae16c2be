// Registering grid cells (grid centre, admin). Reading them: grid-cell-read-routes.ts;
// tasks: grid-task-routes.ts; reports: grid-report-routes.ts.
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { putGridCell } from '../app/put-grid-cell.js';
import type { Deps } from '../deps.js';
import { GRID_ADMINS } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { CellBody, CellView, IdParams } from './schemas/grid.js';

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
}
