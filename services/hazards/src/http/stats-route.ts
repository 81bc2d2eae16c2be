// `GET /v1/hazards/stats`: cases of a period by level and state, rectification rate and
// overdue, per region and per enterprise, and the period's filings (staff, in their regions).
import { principalOf, scopeRegions, type ServiceApp } from '@yiwang/service-kit';
import { hazardStats } from '../app/hazard-stats.js';
import type { Deps } from '../deps.js';
import { STAFF } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import * as S from './schemas/statistics.js';
import { period } from './statistics-routes.js';

const tags = ['statistics'];

/** Registers the stats route. */
export function statsRoute(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/hazards/stats',
    {
      schema: {
        tags,
        summary: 'Counts by level and state, rectification rate, overdue; filings (staff)',
        security: bearer,
        querystring: S.StatsQuery,
        response: { 200: S.StatsView, ...problems },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      return hazardStats(deps, scopeRegions(p, q.region), period(q.period), q.top);
    },
  );
}
