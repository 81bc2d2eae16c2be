// Reading grid tasks (grid roles and admins, inside their regions). Updates:
// grid-task-update-routes.ts; reports: grid-report-routes.ts.
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { findTask, listTasks } from '../db/grid-tasks.js';
import type { Deps } from '../deps.js';
import { GRID_ROLES } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import { IdParams, TaskQuery, TaskView } from './schemas/grid.js';

const tags = ['grid'];
const defined = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;

/** Registers the grid task read routes. */
export function gridTaskRoutes(app: ServiceApp, deps: Deps): void {
  const anyGrid = app.auth.require({ roles: [...GRID_ROLES, 'admin'] });
  app.get(
    '/v1/grid/tasks',
    {
      schema: {
        tags,
        summary: 'List grid tasks in your regions',
        security: bearer,
        querystring: TaskQuery,
        response: { 200: Page(TaskView), ...problems },
      },
      preHandler: anyGrid,
    },
    async (request) => {
      const { cursor, limit, gridCellId, status } = request.query;
      const rows = await listTasks(
        deps.database.db,
        principalOf(request).regions,
        { cell: gridCellId, status },
        decodeKeyCursor(cursor),
        limit,
      );
      const { items, next } = keysetPage(rows, limit, (t) => t.id);
      return { items: items.map(defined), next };
    },
  );
  app.get(
    '/v1/grid/tasks/:id',
    {
      schema: {
        tags,
        summary: 'One grid task',
        security: bearer,
        params: IdParams,
        response: { 200: TaskView, ...problems },
      },
      preHandler: anyGrid,
    },
    async (request) => {
      const task = await findTask(deps.database.db, request.params.id);
      if (task === undefined) throw notFound('grid task', request.params.id);
      assertRegionAccess(principalOf(request), task.region);
      return defined(task);
    },
  );
}
