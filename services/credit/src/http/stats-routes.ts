// GET /v1/credit/listings/stats: listing cases counted by status, in total and by region, over
// the caller's regions (the supervisor's dashboard; counts, not a first page of the list).
import { Type } from '@sinclair/typebox';
import { principalOf, scopeRegions, tallyByRegion, type ServiceApp } from '@yiwang/service-kit';
import { countListings, type ListingGroup } from '../db/listing-stats.js';
import type { Deps } from '../deps.js';
import { STAFF } from './roles.js';
import { bearer, Obj, problems, Region } from './schemas/common.js';

const Count = Type.Integer({ minimum: 0 });
const Counts = { total: Count, byStatus: Type.Record(Type.String(), Count) };

const StatsQuery = Obj({ region: Type.Optional(Region) });

const StatsView = Obj({
  regions: Type.Array(Type.String(), { description: 'the regions counted' }),
  totals: Obj(Counts),
  byRegion: Type.Array(Obj({ region: Type.String(), ...Counts })),
});

interface Counts {
  total: number;
  byStatus: Record<string, number>;
}

function add(c: Counts, g: ListingGroup): void {
  c.total += g.n;
  c.byStatus[g.status] = (c.byStatus[g.status] ?? 0) + g.n;
}

/** Totals and per-region counts of the groups, the busiest region first. */
function summarise(regions: readonly string[], groups: readonly ListingGroup[]) {
  const empty = (): Counts => ({ total: 0, byStatus: {} });
  return {
    regions: [...regions],
    ...tallyByRegion(groups, empty, add, (a, b) => b.total - a.total),
  };
}

/** Registers the stats route (staff, in their regions, like the list). */
export function statsRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/credit/listings/stats',
    {
      schema: {
        tags: ['listings'],
        summary: 'Listing cases by status, in total and by region (staff, their regions)',
        security: bearer,
        querystring: StatsQuery,
        response: { 200: StatsView, ...problems },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request) => {
      const p = principalOf(request);
      const { region } = request.query;
      const regions = scopeRegions(p, region);
      return summarise(regions, await countListings(deps.database.db, regions));
    },
  );
}
