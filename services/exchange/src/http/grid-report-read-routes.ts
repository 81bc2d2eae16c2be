// Reading grid reports: grid roles and admins, inside their regions, with cursors.
import type { Static } from '@sinclair/typebox';
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { findReport, listReports } from '../db/grid-reports.js';
import type { Deps } from '../deps.js';
import type { GridReport } from '../domain/grid-report.js';
import { GRID_ROLES } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import { IdParams } from './schemas/grid.js';
import { ReportQuery, ReportView } from './schemas/grid-report.js';

const tags = ['grid'];
/** The view of a report (undefined members dropped, readonly arrays copied). */
export const reportView = (r: GridReport) =>
  JSON.parse(JSON.stringify(r)) as Static<typeof ReportView>;

/** Registers the report list and detail routes. */
export function gridReportReadRoutes(app: ServiceApp, deps: Deps): void {
  const anyGrid = app.auth.require({ roles: [...GRID_ROLES, 'admin'] });
  app.get(
    '/v1/grid/reports',
    {
      schema: {
        tags,
        summary: 'List grid reports in your regions (triage queue: status=reported)',
        security: bearer,
        querystring: ReportQuery,
        response: { 200: Page(ReportView), ...problems },
      },
      preHandler: anyGrid,
    },
    async (request) => {
      const { cursor, limit, gridCellId, status } = request.query;
      const rows = await listReports(
        deps.database.db,
        principalOf(request).regions,
        { cell: gridCellId, status },
        decodeKeyCursor(cursor),
        limit,
      );
      const { items, next } = keysetPage(rows, limit, (r) => r.id);
      return { items: items.map(reportView), next };
    },
  );
  app.get(
    '/v1/grid/reports/:id',
    {
      schema: {
        tags,
        summary: 'One grid report',
        security: bearer,
        params: IdParams,
        response: { 200: ReportView, ...problems },
      },
      preHandler: anyGrid,
    },
    async (request) => {
      const report = await findReport(deps.database.db, request.params.id);
      if (report === undefined) throw notFound('grid report', request.params.id);
      assertRegionAccess(principalOf(request), report.region);
      return reportView(report);
    },
  );
}
