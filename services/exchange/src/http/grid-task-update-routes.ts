// Task updates along the grid loop (grid roles; idempotent with Idempotency-Key).
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { updateGridTask } from '../app/update-grid-task.js';
import type { Deps } from '../deps.js';
import { IdempotencyHeaders, idempotent } from './idempotency.js';
import { GRID_ROLES } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { IdParams, TaskUpdateBody, TaskView } from './schemas/grid.js';
import { taskUpdateOf } from './task-update.js';

const tags = ['grid'];
const defined = <T extends object>(o: T) => JSON.parse(JSON.stringify(o)) as T;

/** Registers the task update route. */
export function gridTaskUpdateRoutes(app: ServiceApp, deps: Deps): void {
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
