// Accident direct reports: `POST /v1/accidents` (an enterprise for itself, or staff in their
// regions), revisions within the window, and reading one.
import {
  assertRegionAccess,
  DomainError,
  ForbiddenError,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { reportAccident, reviseAccident } from '../app/report-accident.js';
import { loadAccident } from '../db/accidents.js';
import type { Deps } from '../deps.js';
import { assertCaseAccess, isEnterpriseUser } from './access.js';
import { ENTERPRISE, READERS, STAFF } from './roles.js';
import { bearer, IdempotencyHeaders, IdText, Obj, problems } from './schemas/common.js';
import { AccidentBody, AccidentView, RevisionBody } from './schemas/accident.js';
import { idempotent } from '../app/idempotency.js';

const Params = Obj({ id: IdText });
const tags = ['accidents'];

/** Registers the accident routes. */
export function accidentRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/accidents',
    {
      schema: {
        tags,
        summary: 'Report an accident (事故直报)',
        security: bearer,
        headers: IdempotencyHeaders,
        body: AccidentBody,
        response: { 201: AccidentView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { roadTraffic, missing, industry, region, ...b } = request.body;
      const own = isEnterpriseUser(p);
      if (own && p.dept !== b.uscc)
        throw new ForbiddenError('An enterprise reports only its own accidents.');
      const input = {
        ...b,
        ...(industry === undefined ? {} : { industry }),
        ...(region === undefined ? {} : { region }),
        missing: missing ?? 0,
        roadTraffic: roadTraffic ?? false,
      };
      const key = request.headers['idempotency-key'];
      const body = request.body;
      const idem = key === undefined ? undefined : { scope: `${p.sub} accidents`, key, body };
      const authorize = (r: string) => (own ? undefined : assertRegionAccess(p, r));
      const { id, replayed } = await deps.database.db.transaction((tx) =>
        idempotent(
          deps,
          tx,
          idem,
          async () => (await reportAccident(deps, input, authorize, tx)).id,
        ),
      );
      const accident = await loadAccident(deps.database.db, id);
      if (accident === undefined)
        throw new DomainError('HAZARDS.ACCIDENT_NOT_FOUND', `No accident ${id}.`);
      assertCaseAccess(p, accident);
      return reply.code(201).header('idempotent-replayed', String(replayed)).send(accident);
    },
  );
  app.post(
    '/v1/accidents/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Revise the figures (30 days; 7 for road traffic and fire)',
        security: bearer,
        params: Params,
        body: RevisionBody,
        response: { 200: AccidentView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request) => {
      const p = principalOf(request);
      const { reason, missing, ...figures } = request.body;
      return reviseAccident(
        deps,
        request.params.id,
        { ...figures, missing: missing ?? 0 },
        reason,
        (a) => assertCaseAccess(p, a),
      );
    },
  );
  app.get(
    '/v1/accidents/:id',
    {
      schema: {
        tags,
        summary: 'One accident report',
        security: bearer,
        params: Params,
        response: { 200: AccidentView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const a = await loadAccident(deps.database.db, request.params.id);
      if (a === undefined)
        throw new DomainError('HAZARDS.ACCIDENT_NOT_FOUND', `No accident ${request.params.id}.`);
      assertCaseAccess(principalOf(request), a);
      return a;
    },
  );
}
