// `GET /v1/hazards/stats/open`: every case not closed yet, whenever it was found, by state,
// region and grade, with the overdue and listed ones. Scoped like the case list: an enterprise
// its own cases, staff those in their regions (or the one region asked for, if covered).
import { principalOf, scopeRegions, type ServiceApp } from '@yiwang/service-kit';
import { openHazardStats } from '../app/open-hazard-stats.js';
import type { Deps } from '../deps.js';
import { isEnterpriseUser } from './access.js';
import { READERS } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { OpenStatsQuery, OpenStatsView } from './schemas/open-stats.js';

/** Registers the open-hazards stats route. */
export function openStatsRoute(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/hazards/stats/open',
    {
      schema: {
        tags: ['statistics'],
        summary: 'Open cases now (any year found) by state, region and grade; overdue, listed',
        security: bearer,
        querystring: OpenStatsQuery,
        response: { 200: OpenStatsView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const scope = isEnterpriseUser(p)
        ? { uscc: p.dept }
        : { regions: scopeRegions(p, request.query.region) };
      return openHazardStats(deps, scope);
    },
  );
}
