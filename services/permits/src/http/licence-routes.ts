// Licences: list and read within scope; suspend (暂扣), reinstate and revoke (吊销) by a
// supervisor's decision; cancel (注销) on the holder's surrender or by staff.
import type { Static } from '@sinclair/typebox';
import {
  decodeKeyCursor,
  ForbiddenError,
  keysetPage,
  principalOf,
  scopeRegions,
  type Principal,
  type ServiceApp,
} from '@yiwang/service-kit';
import { licenceNotFound } from '../app/decided.js';
import { executeLicenceCommand } from '../app/execute-licence-command.js';
import { localDate } from '../app/local-date.js';
import { documentNumber } from '../app/numbers.js';
import { listLicences, loadLicence } from '../db/licences.js';
import type { Deps } from '../deps.js';
import type { LicenceCommand } from '../domain/decide-licence.js';
import { assertAccess, assertStaffAccess, isEnterpriseUser } from './access.js';
import { DECIDERS, ENTERPRISE, READERS, STAFF } from './roles.js';
import {
  bearer,
  IdParams,
  LicenceBodies,
  LicenceQuery,
  LicenceView,
  Page,
  problems,
  type LicenceAction,
} from './schemas.js';
import { licenceView } from './views.js';

const tags = ['licences'];
const ACTION_ROLES: Record<LicenceAction, readonly string[]> = {
  suspend: DECIDERS,
  reinstate: DECIDERS,
  revoke: DECIDERS,
  cancel: [ENTERPRISE, ...STAFF],
};

/** Registers the licence routes. */
export function licenceRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/permits/licences/:id',
    {
      schema: {
        tags,
        summary: 'One licence',
        security: bearer,
        params: IdParams,
        response: { 200: LicenceView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const l = await loadLicence(deps.database.db, request.params.id);
      if (l === undefined) throw licenceNotFound(request.params.id);
      assertAccess(principalOf(request), l);
      return licenceView(l);
    },
  );
  app.get(
    '/v1/permits/licences',
    {
      schema: {
        tags,
        summary: 'List licences: an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: LicenceQuery,
        response: { 200: Page(LicenceView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const own = isEnterpriseUser(p);
      if (own && q.uscc !== undefined && q.uscc !== p.dept) {
        throw new ForbiddenError('An enterprise sees only its own licences.');
      }
      const rows = await listLicences(deps.database.db, {
        ...(own ? { uscc: p.dept } : { regions: scopeRegions(p, q.region) }),
        ...(!own && q.uscc !== undefined ? { uscc: q.uscc } : {}),
        ...(q.status === undefined ? {} : { status: q.status }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (l) => l.id);
      return { items: items.map(licenceView), next };
    },
  );
  for (const action of Object.keys(LicenceBodies) as LicenceAction[]) {
    app.post(
      `/v1/permits/licences/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${action} (roles: ${ACTION_ROLES[action].join(', ')})`,
          security: bearer,
          params: IdParams,
          body: LicenceBodies[action],
          response: { 200: LicenceView, ...problems },
        },
        preHandler: app.auth.require({ roles: ACTION_ROLES[action] }),
      },
      async (request) => {
        const p = principalOf(request);
        const l = await executeLicenceCommand(
          deps,
          request.params.id,
          (_licence, tx) =>
            build(deps, action, request.body, p, () => documentNumber(deps, tx, 'ZK')),
          {
            authorize: (licence) =>
              action === 'cancel' ? assertAccess(p, licence) : assertStaffAccess(p, licence),
          },
        );
        return licenceView(l);
      },
    );
  }
}

async function build(
  deps: Deps,
  action: LicenceAction,
  body: unknown,
  p: Principal,
  number: () => Promise<string>,
): Promise<LicenceCommand> {
  const now = deps.clock.now();
  const base = { at: now.toISOString(), today: localDate(now), by: p.sub };
  switch (action) {
    case 'suspend': {
      const b = body as Static<(typeof LicenceBodies)['suspend']>;
      return {
        ...base,
        kind: 'suspend',
        reason: b.reason,
        note: b.note,
        decisionNumber: await number(),
        ...(b.until === undefined ? {} : { until: b.until }),
      };
    }
    case 'reinstate':
      return { ...base, kind: 'reinstate', decisionNumber: await number() };
    case 'revoke':
      return {
        ...base,
        kind: 'revoke',
        reason: (body as { reason: string }).reason,
        decisionNumber: await number(),
      };
    case 'cancel':
      return {
        ...base,
        kind: 'cancel',
        reason: (body as Static<(typeof LicenceBodies)['cancel']>).reason,
      };
  }
}
