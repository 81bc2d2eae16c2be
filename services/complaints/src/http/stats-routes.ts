// GET /v1/reports/stats: the supervisor's dashboard counts (overdue, due soon, by region and
// status) over the caller's regions, so the console need not count a first page of the list.
import { Type } from '@sinclair/typebox';
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { reportStats } from '../app/report-stats.js';
import type { HttpContext } from './context.js';
import { Closed, IsoDate, ROLES, Region, errors } from './schemas.js';

const Count = Type.Integer({ minimum: 0 });
const Counts = {
  total: Count,
  overdue: Type.Integer({ minimum: 0, description: 'earliest running deadline passed' }),
  dueSoon: Type.Integer({ minimum: 0, description: 'earliest running deadline by dueSoonBy' }),
  byStatus: Type.Record(Type.String(), Count),
};

const StatsQuery = Closed({ region: Type.Optional(Region) });

const StatsView = Closed({
  regions: Type.Array(Type.String(), { description: 'the regions counted' }),
  today: IsoDate,
  dueSoonBy: IsoDate,
  totals: Closed(Counts),
  byRegion: Type.Array(Closed({ region: Type.String(), ...Counts })),
});

export function statsRoutes(app: ServiceApp, { deps }: HttpContext): void {
  app.get(
    '/v1/reports/stats',
    {
      schema: {
        summary: 'Reports overdue and due soon, by region and status (counts only)',
        tags: ['case work'],
        querystring: StatsQuery,
        security: [{ bearer: [] }],
        response: { 200: StatsView, ...errors },
      },
      preHandler: app.auth.require({ roles: ROLES.staff }),
    },
    async (request) => reportStats(deps, principalOf(request), request.query.region),
  );
}
