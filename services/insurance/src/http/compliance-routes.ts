// Compliance with mandatory insurance: per-region lists for the bureau (who is non-compliant)
// and one enterprise's record.
import { Type } from '@sinclair/typebox';
import {
  decodeKeyCursor,
  DomainError,
  keysetPage,
  principalOf,
  scopeRegions,
  type ServiceApp,
} from '@yiwang/service-kit';
import { loadCompliance, listCompliance } from '../db/compliance.js';
import type { Deps } from '../deps.js';
import type { Compliance } from '../domain/compliance.js';
import { assertReadAccess } from './access.js';
import { READERS, STAFF } from './roles.js';
import { bearer, Enum, Obj, Page, PageQuery, problems, Region, Uscc } from './schemas/common.js';

const S = Type.String();
const Status = Enum(['compliant', 'non-compliant', 'not-required']);
const ComplianceView = Obj({
  uscc: S,
  region: S,
  industry: S,
  status: Status,
  caseId: Type.Optional(S),
  reason: Type.Optional(S),
  policyId: Type.Optional(S),
  since: S,
  version: Type.Integer(),
});
const ListQuery = Obj({
  region: Type.Optional(Region),
  status: Type.Optional(Status),
  ...PageQuery,
});
const tags = ['compliance'];
const view = (c: Compliance) => JSON.parse(JSON.stringify(c)) as Compliance;

/** Registers the compliance routes. */
export function complianceRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/insurance/compliance',
    {
      schema: {
        tags,
        summary: 'Compliance records in the caller’s regions (e.g. status=non-compliant)',
        security: bearer,
        querystring: ListQuery,
        response: { 200: Page(ComplianceView), ...problems },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const rows = await listCompliance(deps.database.db, {
        regions: scopeRegions(p, q.region),
        ...(q.status === undefined ? {} : { status: q.status }),
        after: decodeKeyCursor(q.cursor),
        limit: q.limit + 1,
      });
      const { items, next } = keysetPage(rows, q.limit, (r) => r.uscc);
      return { items: items.map(view), next };
    },
  );
  app.get(
    '/v1/insurance/compliance/:uscc',
    {
      schema: {
        tags,
        summary: 'The compliance record of one enterprise',
        security: bearer,
        params: Obj({ uscc: Uscc }),
        response: { 200: ComplianceView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const record = await loadCompliance(deps.database.db, request.params.uscc);
      if (record === undefined) {
        throw new DomainError(
          'INSURANCE.COMPLIANCE_NOT_FOUND',
          `No compliance record of ${request.params.uscc}.`,
        );
      }
      assertReadAccess(principalOf(request), record);
      return view(record);
    },
  );
}
