// GET /v1/permits/applications/stats: applications counted by status, in total and by region,
// with those in progress and those past their decision date (the supervisor's dashboard;
// counts over the caller's regions, not a first page of the list).
import { Type } from '@sinclair/typebox';
import { principalOf, scopeRegions, tallyByRegion, type ServiceApp } from '@yiwang/service-kit';
import { localDate } from '../app/local-date.js';
import { countApplications, type ApplicationGroup } from '../db/application-stats.js';
import type { Deps } from '../deps.js';
import { STAFF } from './roles.js';
import { bearer, IsoDate, Obj, problems, Region } from './schemas.js';

/** Submitted and not yet decided (a draft is not in progress; refused and issued are done). */
const DONE_OR_NOT_STARTED = new Set(['draft', 'refused', 'licence-issued']);

const Count = Type.Integer({ minimum: 0 });
const Counts = {
  total: Count,
  inProgress: Type.Integer({ minimum: 0, description: 'submitted, not yet decided' }),
  decisionOverdue: Type.Integer({
    minimum: 0,
    description: 'in progress past the statutory decision date',
  }),
  byStatus: Type.Record(Type.String(), Count),
};

const StatsQuery = Obj({ region: Type.Optional(Region) });

const StatsView = Obj({
  regions: Type.Array(Type.String(), { description: 'the regions counted' }),
  today: IsoDate,
  totals: Obj(Counts),
  byRegion: Type.Array(Obj({ region: Type.String(), ...Counts })),
});

interface Counts {
  total: number;
  inProgress: number;
  decisionOverdue: number;
  byStatus: Record<string, number>;
}

const empty = (): Counts => ({ total: 0, inProgress: 0, decisionOverdue: 0, byStatus: {} });

function add(c: Counts, g: ApplicationGroup): void {
  c.total += g.n;
  c.byStatus[g.status] = (c.byStatus[g.status] ?? 0) + g.n;
  if (DONE_OR_NOT_STARTED.has(g.status)) return;
  c.inProgress += g.n;
  c.decisionOverdue += g.decisionOverdue;
}

/** Totals and per-region counts of the groups, the region with most in progress first. */
function summarise(regions: readonly string[], today: string, groups: readonly ApplicationGroup[]) {
  const inProgressFirst = (a: Counts, b: Counts) => b.inProgress - a.inProgress;
  return { regions: [...regions], today, ...tallyByRegion(groups, empty, add, inProgressFirst) };
}

/** Registers the stats route (bureau staff, in their regions, like the list). */
export function statsRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/permits/applications/stats',
    {
      schema: {
        tags: ['applications'],
        summary: 'Applications by status, in progress and past their decision date (staff)',
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
      const today = localDate(deps.clock.now());
      return summarise(regions, today, await countApplications(deps.database.db, regions, today));
    },
  );
}
