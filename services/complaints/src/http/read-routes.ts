// GET /v1/reports (lists) and GET /v1/reports/{id}: staff views, region-limited.
import { Type } from '@sinclair/typebox';
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { getReport } from '../app/get-report.js';
import { listReportsFor } from '../app/list-reports.js';
import { bureauDate } from '../domain/calendar.js';
import type { HttpContext } from './context.js';
import { reportView } from './present-report.js';
import { ReportView } from './report-view.js';
import { Closed, Enum, IdParams, ROLES, Region, Scope, Status, errors } from './schemas.js';

const ListQuery = Closed({
  status: Type.Optional(Type.Array(Status, { maxItems: 13 })),
  region: Type.Optional(Region),
  category: Type.Optional(Scope),
  deadline: Type.Optional(Enum(['due-soon', 'overdue'], 'Running deadline due soon, or past')),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export function readRoutes(app: ServiceApp, { deps }: HttpContext): void {
  app.get(
    '/v1/reports',
    {
      schema: {
        summary: 'List reports (newest first), filtered by status, region, category and deadline',
        tags: ['case work'],
        querystring: ListQuery,
        security: [{ bearer: [] }],
        response: {
          200: Closed({ items: Type.Array(ReportView), nextCursor: Type.Optional(Type.String()) }),
          ...errors,
        },
      },
      preHandler: app.auth.require({ roles: ROLES.staff }),
    },
    async (request) => {
      const q = request.query;
      const page = await listReportsFor(deps, principalOf(request), {
        status: q.status,
        region: q.region,
        scope: q.category,
        deadline: q.deadline,
        limit: q.limit,
        cursor: q.cursor,
      });
      const today = bureauDate(deps.clock());
      return { ...page, items: page.items.map((r) => reportView(r, today)) };
    },
  );
  app.get(
    '/v1/reports/:id',
    {
      schema: {
        summary: 'One report (staff view: never the reporter’s identity or words)',
        tags: ['case work'],
        params: IdParams,
        security: [{ bearer: [] }],
        response: { 200: ReportView, ...errors },
      },
      preHandler: app.auth.require({ roles: ROLES.staff }),
    },
    async (request) =>
      reportView(
        await getReport(deps, request.params.id, principalOf(request)),
        bureauDate(deps.clock()),
      ),
  );
}
