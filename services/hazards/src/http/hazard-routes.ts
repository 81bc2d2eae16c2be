// Read a case, list cases (cursor pages) within the caller's scope.
import {
  decodeKeyCursor,
  ForbiddenError,
  keysetPage,
  principalOf,
  scopeRegions,
  type ServiceApp,
} from '@yiwang/service-kit';
import { Type } from '@sinclair/typebox';
import { hazardNotFound } from '../app/decided.js';
import { localDate } from '../app/local-date.js';
import { listHazards, loadHazard } from '../db/hazards.js';
import type { Deps } from '../deps.js';
import { assertCaseAccess, isEnterpriseUser } from './access.js';
import { READERS } from './roles.js';
import { bearer, Obj, Page, problems } from './schemas/common.js';
import { HazardQuery, HazardView, IdParams } from './schemas/hazard.js';
import { hazardView } from './views.js';

const tags = ['hazards'];

/**
 * The list's query: HazardQuery's filters, `listed=true` (the cases listed for supervision) and
 * `open=true` (not closed yet).
 */
const ListQuery = Obj({
  ...HazardQuery.properties,
  listed: Type.Optional(
    Type.Literal(true, { description: 'only cases listed for supervision (挂牌督办)' }),
  ),
  open: Type.Optional(Type.Literal(true, { description: 'only cases not closed yet' })),
});

/** Registers `GET /v1/hazards[/{id}]` (the report route is in report-hazard-route.ts). */
export function hazardRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/hazards/:id',
    {
      schema: {
        tags,
        summary: 'One hazard case',
        security: bearer,
        params: IdParams,
        response: { 200: HazardView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const stored = await loadHazard(deps.database.db, request.params.id);
      if (stored === undefined) throw hazardNotFound(request.params.id);
      assertCaseAccess(principalOf(request), stored.hazard);
      return hazardView(stored.hazard, stored, localDate(deps.clock.now()));
    },
  );
  app.get(
    '/v1/hazards',
    {
      schema: {
        tags,
        summary: 'List cases: an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: ListQuery,
        response: { 200: Page(HazardView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const own = isEnterpriseUser(p);
      if (own && q.uscc !== undefined && q.uscc !== p.dept) {
        throw new ForbiddenError('An enterprise sees only its own cases.');
      }
      const rows = await listHazards(deps.database.db, {
        ...(own ? { uscc: p.dept } : { regions: scopeRegions(p, q.region) }),
        ...(!own && q.uscc !== undefined ? { uscc: q.uscc } : {}),
        ...(q.status === undefined ? {} : { status: q.status }),
        ...(q.level === undefined ? {} : { level: q.level }),
        ...(q.source === undefined ? {} : { source: q.source }),
        ...(q.listed === undefined ? {} : { listedOnly: q.listed }),
        ...(q.open === undefined ? {} : { openOnly: q.open }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (r) => r.hazard.id);
      const today = localDate(deps.clock.now());
      return { items: items.map((r) => hazardView(r.hazard, r, today)), next };
    },
  );
}
