// Grid workers' reports (idempotent with Idempotency-Key: a field device retries) and their
// triage by the grid centre (accept → a task is dispatched; invalid → the loop ends).
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { submitGridReport } from '../app/submit-grid-report.js';
import { triageGridReport } from '../app/triage-grid-report.js';
import type { Deps } from '../deps.js';
import { IdempotencyHeaders, idempotent } from './idempotency.js';
import { reportView } from './grid-report-read-routes.js';
import { GRID_ROLES } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { IdParams } from './schemas/grid.js';
import { ReportBody, ReportView, TriageBody } from './schemas/grid-report.js';

const tags = ['grid'];

/** Registers the report intake and triage routes. */
export function gridReportRoutes(app: ServiceApp, deps: Deps): void {
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
        const { sub, regions } = principalOf(request);
        const report = await submitGridReport(deps, request.body, { sub, regions });
        return { status: 201, body: reportView(report) };
      }),
  );
  app.post(
    '/v1/grid/reports/:id/triage',
    {
      schema: {
        tags,
        summary: 'Accept a report (a task is dispatched) or find it invalid (grid centre)',
        security: bearer,
        params: IdParams,
        headers: IdempotencyHeaders,
        body: TriageBody,
        response: { 200: ReportView, ...problems },
      },
      preHandler: app.auth.require({ roles: ['grid-centre'] }),
    },
    async (request, reply) =>
      idempotent(deps, request, reply, async () => {
        const { sub, regions } = principalOf(request);
        const report = await triageGridReport(deps, request.params.id, request.body, {
          sub,
          regions,
        });
        return { status: 200, body: reportView(report) };
      }),
  );
}
