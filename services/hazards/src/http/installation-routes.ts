// Major hazard installations: register (an enterprise its own, staff in their regions) and
// re-assess; reading and listing are in installation-read-routes.ts.
import {
  assertRegionAccess,
  ForbiddenError,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import type { Static } from '@sinclair/typebox';
import { localDate } from '../app/local-date.js';
import { executeInstallationCommand } from '../app/reassess-installation.js';
import { registerInstallation } from '../app/register-installation.js';
import type { Deps } from '../deps.js';
import type { Installation } from '../domain/installation.js';
import { assertCaseAccess, isEnterpriseUser } from './access.js';
import { ENTERPRISE, STAFF } from './roles.js';
import { bearer, IdText, Obj, problems } from './schemas/common.js';
import {
  InstallationView,
  ReassessBody,
  RegisterInstallationBody,
} from './schemas/installation.js';

const tags = ['installations'];
const Params = Obj({ id: IdText });
const WRITERS = [ENTERPRISE, ...STAFF];

/** The view of an installation on `today`. */
export function installationView(i: Installation, today: string): Static<typeof InstallationView> {
  return { ...i, reassessmentDue: i.nextAssessmentDue < today } as Static<typeof InstallationView>;
}

/** Registers the installation write routes. */
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
      return reply.code(201).send(installationView(i, today()));
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
      return installationView(i, localDate(now));
    },
  );
}
