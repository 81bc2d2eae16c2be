// Major hazard installations: read one, list with filters (grade, due for re-assessment) and
// cursor pages — an enterprise its own, staff those in their regions.
import {
  decodeKeyCursor,
  ForbiddenError,
  keysetPage,
  principalOf,
  scopeRegions,
  type ServiceApp,
} from '@yiwang/service-kit';
import { localDate } from '../app/local-date.js';
import { installationNotFound } from '../app/reassess-installation.js';
import { listInstallations, loadInstallation } from '../db/installations.js';
import type { Deps } from '../deps.js';
import { assertCaseAccess, isEnterpriseUser } from './access.js';
import { installationView } from './installation-routes.js';
import { READERS } from './roles.js';
import { bearer, IdText, Obj, Page, problems } from './schemas/common.js';
import { InstallationQuery, InstallationView } from './schemas/installation.js';

const tags = ['installations'];
const Params = Obj({ id: IdText });

/** Registers the installation read routes. */
export function installationReadRoutes(app: ServiceApp, deps: Deps): void {
  const today = () => localDate(deps.clock.now());
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
      return installationView(i, today());
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
        ...(own ? { uscc: p.dept } : { regions: scopeRegions(p, q.region) }),
        ...(!own && q.uscc !== undefined ? { uscc: q.uscc } : {}),
        ...(q.grade === undefined ? {} : { grade: q.grade }),
        ...(q.dueBy === undefined ? {} : { dueBy: q.dueBy }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (i) => i.id);
      const t = today();
      return { items: items.map((i) => installationView(i, t)), next };
    },
  );
}
