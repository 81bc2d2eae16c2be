// A department that joins late catches up on the archived events its policy grants
// (role admin): shared now, on every delivery path it has.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { catchUpDepartment } from '../app/catch-up-department.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, problems } from './schemas/common.js';
import { CodeParams } from './schemas/department.js';

const CatchUpBody = Obj({
  since: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'default: as far back as events are kept (EXCHANGE_ARCHIVE_DAYS)',
    }),
  ),
});
const CatchUpView = Obj({
  from: Type.String({ description: 'events that occurred from this instant were considered' }),
  shared: Type.Integer({ description: 'events shared now (the others were shared before)' }),
});

/** Registers POST /v1/departments/{code}/catch-up. */
export function catchUpRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/departments/:code/catch-up',
    {
      schema: {
        tags: ['departments'],
        summary: 'Share the archived events the policy grants that the department never received',
        security: bearer,
        params: CodeParams,
        body: CatchUpBody,
        response: { 200: CatchUpView, ...problems },
      },
      preHandler: app.auth.require({ roles: ADMIN }),
    },
    async (request) => {
      const { since } = request.body;
      const done = await catchUpDepartment(
        deps,
        request.params.code,
        since === undefined ? undefined : new Date(since),
      );
      return { from: done.from.toISOString(), shared: done.shared };
    },
  );
}
