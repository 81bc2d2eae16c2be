// Policies: issue (insurer), read one, list within the caller's scope.
import {
  assertRegionAccess,
  decodeKeyCursor,
  ForbiddenError,
  keysetPage,
  principalOf,
  scopeRegions,
  type ServiceApp,
} from '@yiwang/service-kit';
import { policyNotFound } from '../app/decided.js';
import { issuePolicy } from '../app/issue-policy.js';
import { listPolicies, loadPolicy } from '../db/policies.js';
import type { Deps } from '../deps.js';
import { assertReadAccess } from './access.js';
import { actingAs, INSURER, READERS } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import { assertUscc } from './uscc.js';
import { IdParams, IssueBody, PolicyQuery, PolicyView } from './schemas/policy.js';
import { policyView } from './views.js';

const tags = ['policies'];

/** Registers the policy routes. */
export function policyRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/insurance/policies',
    {
      schema: {
        tags,
        summary: 'Issue a policy (insurer): every employee at one sum insured ≥ the legal minimum',
        security: bearer,
        body: IssueBody,
        response: { 200: PolicyView, 201: PolicyView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { cover, premiumFen, ...b } = request.body;
      assertUscc(b.uscc);
      const { policy, created } = await issuePolicy(
        deps,
        { ...b, insurer: p.dept, cover: cover ?? {}, premiumFen },
        (region) => assertRegionAccess(p, region),
      );
      return reply.code(created ? 201 : 200).send(policyView(policy));
    },
  );
  app.get(
    '/v1/insurance/policies/:id',
    {
      schema: {
        tags,
        summary: 'One policy',
        security: bearer,
        params: IdParams,
        response: { 200: PolicyView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const policy = await loadPolicy(deps.database.db, request.params.id);
      if (policy === undefined) throw policyNotFound(request.params.id);
      assertReadAccess(principalOf(request), policy);
      return policyView(policy);
    },
  );
  app.get(
    '/v1/insurance/policies',
    {
      schema: {
        tags,
        summary: 'List policies: an insurer its own, an enterprise its own, staff in their regions',
        security: bearer,
        querystring: PolicyQuery,
        response: { 200: Page(PolicyView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const acting = actingAs(p);
      if (acting === 'enterprise' && q.uscc !== undefined && q.uscc !== p.dept) {
        throw new ForbiddenError('An enterprise sees only its own policies.');
      }
      if (acting === 'enterprise' && q.region !== undefined) assertRegionAccess(p, q.region);
      const rows = await listPolicies(deps.database.db, {
        ...(acting === 'enterprise'
          ? { uscc: p.dept }
          : q.uscc === undefined
            ? {}
            : { uscc: q.uscc }),
        ...(acting === 'insurer' ? { insurer: p.dept } : {}),
        ...(acting === 'enterprise' ? {} : { regions: scopeRegions(p, q.region) }),
        ...(q.status === undefined ? {} : { status: q.status }),
        after: decodeKeyCursor(q.cursor),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (r) => r.id);
      return { items: items.map(policyView), next };
    },
  );
}
