// The enterprise directory: PUT one (directory clerks), GET one and list (any bureau user,
// inside the token's regions).
import {
  assertRegionAccess,
  decodeKeyCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { parseUsccOrThrow, putEnterprise } from '../app/put-enterprise.js';
import { findEnterprise, listEnterprises } from '../db/enterprises.js';
import type { Deps } from '../deps.js';
import { profileOf } from './enterprise-input.js';
import { DIRECTORY_WRITERS } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import {
  EnterpriseBody,
  EnterpriseQuery,
  EnterpriseView,
  UsccParams,
} from './schemas/enterprise.js';
import { enterpriseView } from './views.js';

const tags = ['enterprise directory'];

/** Registers the directory routes. */
export function enterpriseRoutes(app: ServiceApp, deps: Deps): void {
  app.put(
    '/v1/enterprises/:uscc',
    {
      schema: {
        tags,
        summary: 'Register or update an enterprise (only changed fields become an event)',
        security: bearer,
        params: UsccParams,
        body: EnterpriseBody,
        response: { 200: EnterpriseView, 201: EnterpriseView, ...problems },
      },
      preHandler: app.auth.require({ roles: DIRECTORY_WRITERS }),
    },
    async (request, reply) => {
      const result = await putEnterprise(
        deps,
        request.params.uscc,
        profileOf(request.body),
        principalOf(request).regions,
      );
      return reply.code(result.created ? 201 : 200).send(enterpriseView(result.enterprise));
    },
  );
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
