// Grid tasks (grid roles, inside their regions), workers' reports and task updates
// (idempotent with Idempotency-Key).
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { submitGridReport } from '../app/submit-grid-report.js';
import { updateGridTask } from '../app/update-grid-task.js';
import { findTask, listTasks } from '../db/grid.js';
import type { Deps } from '../deps.js';
import { IdempotencyHeaders, idempotent } from './idempotency.js';
import { GRID_ROLES } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import {
  IdParams,
  ReportBody,
  ReportView,
  TaskQuery,
  TaskUpdateBody,
  TaskView,
} from './schemas/grid.js';
import { taskUpdateOf } from './task-update.js';

const tags = ['grid'];
const defined = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;

/** Registers the grid task and report routes. */
export function gridTaskRoutes(app: ServiceApp, deps: Deps): void {
  const anyGrid = app.auth.require({ roles: [...GRID_ROLES, 'admin'] });
  app.post(
    '/v1/grid/reports',
    {
      schema: {
        tags,
        summary: "A grid worker's report (→ exchange.gridreport.received)",
        security: bearer,
        headers: IdempotencyHeaders,
        body: ReportBody,
        response: { 201: ReportView, ...problems },
      },
      preHandler: app.auth.require({ roles: GRID_ROLES }),
    },
    async (request, reply) =>
      idempotent(deps, request, reply, async () => {
        const p = principalOf(request);
        const report = await submitGridReport(deps, request.body, {
          sub: p.sub,
          regions: p.regions,
        });
        return { status: 201, body: defined(report) };
      }),
  );
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
  app.post(
    '/v1/grid/tasks/:id/updates',
    {
      schema: {
        tags,
        summary: 'Move a task along the grid loop (409 on an illegal transition)',
        security: bearer,
        params: IdParams,
        headers: IdempotencyHeaders,
        body: TaskUpdateBody,
        response: { 200: TaskView, ...problems },
      },
      preHandler: app.auth.require({ roles: GRID_ROLES }),
    },
    async (request, reply) =>
      idempotent(deps, request, reply, async () => {
        const p = principalOf(request);
        const task = await updateGridTask(deps, request.params.id, taskUpdateOf(request.body), p);
        return { status: 200, body: defined(task) };
      }),
  );
}
