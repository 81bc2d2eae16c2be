// Listing cases: staff propose one (Idempotency-Key), list and read them in their regions;
// one route per transition, typed by its body. The subject's enterprise states its defence
// and applies for early removal itself; staff notice and decide; the domain checks the
// deciding department, windows and dates (refusals are problem+json with stable codes).
import {
  decodeKeyCursor,
  keysetPage,
  principalOf,
  scopeRegions,
  type Principal,
  type ServiceApp,
} from '@yiwang/service-kit';
import { listingNotFound } from '../app/decided.js';
import { executeListingCommand } from '../app/execute-listing-command.js';
import { localDate } from '../app/local-date.js';
import { proposeByStaff } from '../app/propose-by-staff.js';
import { listListings, loadListing } from '../db/listings.js';
import type { Deps } from '../deps.js';
import type { ListingCommand } from '../domain/commands.js';
import type { Listing } from '../domain/listing.js';
import { assertStaffRegion, assertSubjectAccess } from './access.js';
import { IdempotencyHeaders, idempotent } from './idempotency.js';
import { ENTERPRISE, OFFICERS, STAFF } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import {
  IdParams,
  ListingQuery,
  ListingView,
  ProposeBody,
  TransitionBodies,
  type TransitionName,
} from './schemas/credit.js';
import { listingView } from './views.js';

const tags = ['listings'];

/** Who may issue each transition. */
const ROLES: Record<TransitionName, readonly string[]> = {
  notice: OFFICERS,
  defence: [ENTERPRISE, ...OFFICERS],
  decide: OFFICERS,
  'early-removal': [ENTERPRISE, ...OFFICERS],
  'early-removal-decision': OFFICERS,
  restore: OFFICERS,
  revoke: OFFICERS,
};

/** The domain command of a transition body. */
function toCommand(name: TransitionName, body: Record<string, unknown>, deps: Deps) {
  switch (name) {
    case 'notice':
      return { kind: 'serve-notice', noticeNumber: body['noticeNumber'] };
    case 'defence':
      return { kind: 'state-defence', summary: body['summary'] };
    case 'decide':
      return body['decision'] === 'list'
        ? { kind: 'list', decisionNumber: body['decisionNumber'] ?? '' }
        : { kind: 'dismiss', reason: body['reason'] ?? 'dismissed' };
    case 'early-removal':
      return { kind: 'apply-early-removal', applicationId: deps.ids.id('app'), ...body };
    case 'early-removal-decision':
      return { kind: 'decide-early-removal', ...body };
    case 'restore':
      return { kind: 'restore', ...body };
    case 'revoke':
      return { kind: 'revoke', ...body };
  }
}

/** Staff in the subject's region; an enterprise for itself and its responsible persons. */
function access(p: Principal, l: Listing): void {
  assertSubjectAccess(p, l.subject);
}

/** Registers the listing routes. */
export function listingRoutes(app: ServiceApp, deps: Deps): void {
  const db = deps.database.db;
  app.post(
    '/v1/credit/listings',
    {
      schema: {
        tags,
        summary: 'Propose a listing naming the criterion and the records that meet it',
        security: bearer,
        headers: IdempotencyHeaders,
        body: ProposeBody,
        response: { 201: ListingView, ...problems },
      },
      preHandler: app.auth.require({ roles: OFFICERS }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      return idempotent(deps, request, reply, async () => {
        const listing = await proposeByStaff(
          deps,
          { ...request.body, by: p.sub, dept: p.dept },
          (region) => assertStaffRegion(p, region),
        );
        return { status: 201, body: listingView(listing) };
      });
    },
  );
  app.get(
    '/v1/credit/listings',
    {
      schema: {
        tags,
        summary: 'Listing cases in the caller’s regions',
        security: bearer,
        querystring: ListingQuery,
        response: { 200: Page(ListingView), ...problems },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const rows = await listListings(db, {
        regions: scopeRegions(p, q.region),
        ...(q.status === undefined ? {} : { statuses: [q.status] }),
        ...(q.subjectId === undefined ? {} : { subjectId: q.subjectId }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (l) => l.id);
      return { items: items.map(listingView), next };
    },
  );
  app.get(
    '/v1/credit/listings/:id',
    {
      schema: {
        tags,
        summary: 'One listing case',
        security: bearer,
        params: IdParams,
        response: { 200: ListingView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request) => {
      const l = await loadListing(db, request.params.id);
      if (l === undefined) throw listingNotFound(request.params.id);
      access(principalOf(request), l);
      return listingView(l);
    },
  );
  for (const name of Object.keys(TransitionBodies) as TransitionName[]) {
    app.post(
      `/v1/credit/listings/:id/${name}`,
      {
        schema: {
          tags: ['listing transitions'],
          summary: `${name} (roles: ${ROLES[name].join(', ')})`,
          security: bearer,
          params: IdParams,
          body: TransitionBodies[name],
          response: { 200: ListingView, ...problems },
        },
        preHandler: app.auth.require({ roles: ROLES[name] }),
      },
      async (request) => {
        const p = principalOf(request);
        const now = deps.clock.now();
        const command = {
          ...toCommand(name, request.body, deps),
          at: now.toISOString(),
          today: localDate(now),
          by: p.sub,
          dept: p.dept,
        } as ListingCommand;
        const listing = await executeListingCommand(deps, request.params.id, command, {
          authorize: (l) => access(p, l),
        });
        return listingView(listing);
      },
    );
  }
}
