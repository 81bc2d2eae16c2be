// `POST /v1/hazards`: a self-check (an enterprise, its own USCC) or an inspection (staff in
// the region). An Idempotency-Key makes a retry return the case the first request opened.
import {
  assertRegionAccess,
  ForbiddenError,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { hazardNotFound } from '../app/decided.js';
import { idempotent } from '../app/idempotency.js';
import { localDate } from '../app/local-date.js';
import { reportHazard } from '../app/report-hazard.js';
import { loadHazard } from '../db/hazards.js';
import type { Deps } from '../deps.js';
import { assertCaseAccess, isEnterpriseUser } from './access.js';
import { ENTERPRISE, STAFF } from './roles.js';
import { bearer, IdempotencyHeaders, problems } from './schemas/common.js';
import { HazardView, ReportBody } from './schemas/hazard.js';
import { hazardView } from './views.js';

/** Registers `POST /v1/hazards`. */
export function reportHazardRoute(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/hazards',
    {
      schema: {
        tags: ['hazards'],
        summary: 'Report a hazard: a self-check (enterprise, own USCC) or an inspection',
        security: bearer,
        headers: IdempotencyHeaders,
        body: ReportBody,
        response: { 201: HazardView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const b = request.body;
      const selfCheck = isEnterpriseUser(p);
      if (selfCheck && p.dept !== b.uscc) {
        throw new ForbiddenError('An enterprise reports only its own hazards.');
      }
      if (!selfCheck && b.region !== undefined) assertRegionAccess(p, b.region);
      const now = deps.clock.now();
      const input = {
        ...b,
        source: selfCheck ? ('self-check' as const) : ('inspection' as const),
        foundAt: b.foundAt ?? now.toISOString(),
        ...(selfCheck ? {} : { foundBy: p.sub }),
        photos: b.photos ?? [],
      };
      const key = request.headers['idempotency-key'];
      const idem = key === undefined ? undefined : { scope: `${p.sub} hazards`, key, body: b };
      const { id, replayed } = await deps.database.db.transaction((tx) =>
        idempotent(deps, tx, idem, async () => {
          const authorize = (r: string) => (selfCheck ? undefined : assertRegionAccess(p, r));
          return (await reportHazard(deps, input, { by: p.sub, authorize, tx })).id;
        }),
      );
      const stored = await loadHazard(deps.database.db, id);
      if (stored === undefined) throw hazardNotFound(id);
      assertCaseAccess(p, stored.hazard);
      return reply
        .code(201)
        .header('idempotent-replayed', String(replayed))
        .send(hazardView(stored.hazard, stored, localDate(now)));
    },
  );
}
