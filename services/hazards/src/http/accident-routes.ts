// Accident direct reports: `POST /v1/accidents` (an enterprise for itself, or staff in their
// regions), revisions within the window, and reading one.
import { Type } from '@sinclair/typebox';
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
import { bearer, IdText, Obj, problems, Region, Timestamp } from './schemas/common.js';

const Count = Type.Integer({ minimum: 0, maximum: 100_000 });
const Figures = {
  deaths: Count,
  seriousInjuries: Count,
  missing: Type.Optional(Count),
  directLossFen: Type.Integer({ minimum: 0, maximum: 1e15 }),
};
const Text = (n: number) => Type.String({ minLength: 1, maxLength: n });
const AccidentBody = Obj({
  uscc: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }),
  region: Type.Optional(Region),
  industry: Type.Optional(Text(40)),
  kind: Type.Union(
    [
      'object-strike',
      'vehicle',
      'machinery',
      'lifting',
      'electrocution',
      'drowning',
      'scald-burn',
      'fire',
      'fall-from-height',
      'collapse',
      'roof-fall',
      'water-inrush',
      'blasting',
      'explosive-explosion',
      'gas-explosion',
      'boiler-explosion',
      'vessel-explosion',
      'other-explosion',
      'poisoning-asphyxiation',
      'other',
    ].map((k) => Type.Literal(k)),
  ),
  place: Text(200),
  occurredAt: Timestamp,
  learnedAt: Timestamp,
  roadTraffic: Type.Optional(Type.Boolean()),
  summary: Text(1000),
  ...Figures,
});
const RevisionBody = Obj({ ...Figures, reason: Text(500) });
const S = Type.String();
const N = Type.Integer();
const AccidentView = Obj({
  id: S,
  uscc: S,
  region: S,
  industry: S,
  kind: S,
  place: S,
  occurredAt: S,
  learnedAt: S,
  reportedAt: S,
  roadTrafficOrFire: Type.Boolean(),
  summary: S,
  level: S,
  timeliness: S,
  deaths: N,
  seriousInjuries: N,
  missing: N,
  directLossFen: N,
  revision: N,
  version: N,
});
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
      const accident = await reportAccident(
        deps,
        {
          ...b,
          ...(industry === undefined ? {} : { industry }),
          ...(region === undefined ? {} : { region }),
          missing: missing ?? 0,
          roadTraffic: roadTraffic ?? false,
        },
        (resolved) => (own ? undefined : assertRegionAccess(p, resolved)),
      );
      return reply.code(201).send(accident);
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
