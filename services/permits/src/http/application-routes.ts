// Draft an application, read one, list them (cursor pages), read its progress — within the
// caller's scope. Creating is idempotent with `Idempotency-Key`.
import { Type } from '@sinclair/typebox';
import {
  assertRegionAccess,
  decodeKeyCursor,
  ForbiddenError,
  keysetPage,
  principalOf,
  scopeRegions,
  type ServiceApp,
} from '@yiwang/service-kit';
import { applicationNotFound } from '../app/decided.js';
import { draftApplication } from '../app/draft-application.js';
import { listApplications, loadApplication } from '../db/applications.js';
import { listProgress } from '../db/progress.js';
import type { Deps } from '../deps.js';
import { assertAccess, isEnterpriseUser } from './access.js';
import { ENTERPRISE, READERS, STAFF } from './roles.js';
import {
  ApplicationQuery,
  ApplicationView,
  bearer,
  DraftBody,
  IdParams,
  Page,
  problems,
  ProgressView,
} from './schemas.js';
import { applicationView } from './views.js';

const tags = ['applications'];
const Headers = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]{1,128}$' })),
});

/** Registers `POST/GET /v1/permits/applications[/{id}[/progress]]`. */
export function applicationRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/permits/applications',
    {
      schema: {
        tags,
        summary: 'Draft an application (an enterprise for itself, or staff at the counter)',
        security: bearer,
        headers: Headers,
        body: DraftBody,
        response: { 200: ApplicationView, 201: ApplicationView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const own = isEnterpriseUser(p);
      const b = request.body;
      if (own && p.dept !== b.uscc) {
        throw new ForbiddenError('An enterprise applies only for itself.');
      }
      const { application, created } = await draftApplication(
        deps,
        b,
        p.sub,
        request.headers['idempotency-key'],
        (region) => (own ? undefined : assertRegionAccess(p, region)),
      );
      return reply.code(created ? 201 : 200).send(applicationView(application, !own));
    },
  );
  app.get(
    '/v1/permits/applications/:id',
    {
      schema: {
        tags,
        summary: 'One application (internal notes only for staff)',
        security: bearer,
        params: IdParams,
        response: { 200: ApplicationView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const a = await loadApplication(deps.database.db, request.params.id);
      if (a === undefined) throw applicationNotFound(request.params.id);
      assertAccess(p, a);
      return applicationView(a, !isEnterpriseUser(p));
    },
  );
  app.get(
    '/v1/permits/applications/:id/progress',
    {
      schema: {
        tags,
        summary: 'The progress entries of an application',
        security: bearer,
        params: IdParams,
        response: { 200: Type.Array(ProgressView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const a = await loadApplication(deps.database.db, request.params.id);
      if (a === undefined) throw applicationNotFound(request.params.id);
      assertAccess(principalOf(request), a);
      return listProgress(deps.database.db, a.id);
    },
  );
  app.get(
    '/v1/permits/applications',
    {
      schema: {
        tags,
        summary: 'List applications: an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: ApplicationQuery,
        response: { 200: Page(ApplicationView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const own = isEnterpriseUser(p);
      if (own && q.uscc !== undefined && q.uscc !== p.dept) {
        throw new ForbiddenError('An enterprise sees only its own applications.');
      }
      const rows = await listApplications(deps.database.db, {
        ...(own ? { uscc: p.dept } : { regions: scopeRegions(p, q.region) }),
        ...(!own && q.uscc !== undefined ? { uscc: q.uscc } : {}),
        ...(q.status === undefined ? {} : { status: q.status }),
        ...(q.licenceType === undefined ? {} : { licenceType: q.licenceType }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (a) => a.id);
      return { items: items.map((a) => applicationView(a, !own)), next };
    },
  );
}
