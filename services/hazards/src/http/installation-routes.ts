// Major hazard installations: register (an enterprise its own, staff in their regions),
// re-assess, read one, list with filters (grade, due for re-assessment) and cursor pages.
import {
  assertRegionAccess,
  decodeKeyCursor,
  ForbiddenError,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import type { Static } from '@sinclair/typebox';
import { localDate } from '../app/local-date.js';
import { executeInstallationCommand, installationNotFound } from '../app/reassess-installation.js';
import { registerInstallation } from '../app/register-installation.js';
import { listInstallations, loadInstallation } from '../db/installations.js';
import type { Deps } from '../deps.js';
import type { Installation } from '../domain/installation.js';
import { assertCaseAccess, isEnterpriseUser, staffRegions } from './access.js';
import { ENTERPRISE, READERS, STAFF } from './roles.js';
import { bearer, IdText, Obj, Page, problems } from './schemas/common.js';
import {
  InstallationQuery,
  InstallationView,
  ReassessBody,
  RegisterInstallationBody,
} from './schemas/installation.js';

const tags = ['installations'];
const Params = Obj({ id: IdText });
const WRITERS = [ENTERPRISE, ...STAFF];

function view(i: Installation, today: string): Static<typeof InstallationView> {
  return { ...i, reassessmentDue: i.nextAssessmentDue < today } as Static<typeof InstallationView>;
}

/** Registers the installation routes. */
export function installationRoutes(app: ServiceApp, deps: Deps): void {
  const today = () => localDate(deps.clock.now());
  app.post(
    '/v1/installations',
    {
      schema: {
        tags,
        summary: 'Register a major hazard installation (graded from R)',
        security: bearer,
        body: RegisterInstallationBody,
        response: { 201: InstallationView, ...problems },
      },
      preHandler: app.auth.require({ roles: WRITERS }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { sensorIds, ...b } = request.body;
      const own = isEnterpriseUser(p);
      if (own && p.dept !== b.uscc) throw new ForbiddenError('An enterprise registers its own.');
      const i = await registerInstallation(deps, { ...b, sensorIds: sensorIds ?? [] }, (r) =>
        own ? undefined : assertRegionAccess(p, r),
      );
      return reply.code(201).send(view(i, today()));
    },
  );
  app.post(
    '/v1/installations/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Record a re-assessment: new R, new grade, next due in 3 years',
        security: bearer,
        params: Params,
        body: ReassessBody,
        response: { 200: InstallationView, ...problems },
      },
      preHandler: app.auth.require({ roles: WRITERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const now = deps.clock.now();
      const { assessedOn, ...b } = request.body;
      const cmd = {
        ...b,
        kind: 'reassess',
        at: now.toISOString(),
        today: localDate(now),
        assessedOn: assessedOn ?? localDate(now),
      } as const;
      const i = await executeInstallationCommand(deps, request.params.id, cmd, (s) =>
        assertCaseAccess(p, s),
      );
      return view(i, localDate(now));
    },
  );
  app.get(
    '/v1/installations/:id',
    {
      schema: {
        tags,
        summary: 'One installation',
        security: bearer,
        params: Params,
        response: { 200: InstallationView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const i = await loadInstallation(deps.database.db, request.params.id);
      if (i === undefined) throw installationNotFound(request.params.id);
      assertCaseAccess(principalOf(request), i);
      return view(i, today());
    },
  );
  app.get(
    '/v1/installations',
    {
      schema: {
        tags,
        summary: 'List installations: an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: InstallationQuery,
        response: { 200: Page(InstallationView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const own = isEnterpriseUser(p);
      if (own && q.uscc !== undefined && q.uscc !== p.dept) {
        throw new ForbiddenError('An enterprise sees only its own installations.');
      }
      const rows = await listInstallations(deps.database.db, {
        ...(own ? { uscc: p.dept } : { regions: staffRegions(p, q.region) }),
        ...(!own && q.uscc !== undefined ? { uscc: q.uscc } : {}),
        ...(q.grade === undefined ? {} : { grade: q.grade }),
        ...(q.dueBy === undefined ? {} : { dueBy: q.dueBy }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (i) => i.id);
      const t = today();
      return { items: items.map((i) => view(i, t)), next };
    },
  );
}
