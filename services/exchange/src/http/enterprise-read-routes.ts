// Reading the enterprise directory: one enterprise or a filtered page, inside the caller's
// regions.
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { parseUsccOrThrow } from '../app/put-enterprise.js';
import { listEnterprises } from '../db/enterprise-list.js';
import { findEnterprise } from '../db/enterprises.js';
import type { Deps } from '../deps.js';
import { bearer, Page, problems } from './schemas/common.js';
import { EnterpriseQuery, EnterpriseView, UsccParams } from './schemas/enterprise.js';
import { enterpriseView } from './views.js';

const tags = ['enterprise directory'];

/** Registers the directory read routes. */
export function enterpriseReadRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/enterprises/:uscc',
    {
      schema: {
        tags,
        summary: 'One enterprise',
        security: bearer,
        params: UsccParams,
        response: { 200: EnterpriseView, ...problems },
      },
      preHandler: app.auth.require(),
    },
    async (request) => {
      const uscc = parseUsccOrThrow(request.params.uscc);
      const enterprise = await findEnterprise(deps.database.db, uscc);
      if (enterprise === undefined) throw notFound('enterprise', uscc);
      assertRegionAccess(principalOf(request), enterprise.region);
      return enterpriseView(enterprise);
    },
  );
  app.get(
    '/v1/enterprises',
    {
      schema: {
        tags,
        summary: 'List enterprises in your regions, with filters',
        security: bearer,
        querystring: EnterpriseQuery,
        response: { 200: Page(EnterpriseView), ...problems },
      },
      preHandler: app.auth.require(),
    },
    async (request) => {
      const { cursor, limit, ...filter } = request.query;
      const rows = await listEnterprises(
        deps.database.db,
        filter,
        principalOf(request).regions,
        decodeKeyCursor(cursor),
        limit,
      );
      const { items, next } = keysetPage(rows, limit, (e) => e.uscc);
      return { items: items.map(enterpriseView), next };
    },
  );
}
