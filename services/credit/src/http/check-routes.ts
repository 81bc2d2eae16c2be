// Checks before acting: `POST /v1/credit/checks` (a department asks whether it may act for a
// purpose; logged), the audit log of checks, the measure catalog, and the departments'
// policies (which measures each applies; administrators set them).
import {
  decodeKeyCursor,
  encodeKeyCursor,
  principalOf,
  anyRegionCovers,
  type ServiceApp,
} from '@yiwang/service-kit';
import { Type } from '@sinclair/typebox';
import { checkSubject } from '../app/check-subject.js';
import { measuresOf, pageChecks, setMeasures } from '../db/departments.js';
import type { Deps } from '../deps.js';
import { LISTING_MEASURES, MEASURES, PURPOSES, BAD_RECORD_MEASURES } from '../domain/measures.js';
import { ADMINS, CHECKERS } from './roles.js';
import { bearer, IdText, Obj, Page, PageQuery, problems } from './schemas/common.js';
import {
  CheckBody,
  CheckLogView,
  CheckView,
  DepartmentParams,
  DepartmentView,
  MeasuresBody,
} from './schemas/credit.js';
import { assertUscc } from './subject-routes.js';

const tags = ['checks'];
const S = Type.String();

/** Registers the check and policy routes. */
export function checkRoutes(app: ServiceApp, deps: Deps): void {
  const db = deps.database.db;
  app.post(
    '/v1/credit/checks',
    {
      schema: {
        tags,
        summary: 'Check a subject before acting: allowed, denied or conditional, with measures',
        security: bearer,
        body: CheckBody,
        response: { 200: CheckView, ...problems },
      },
      preHandler: app.auth.require({ roles: CHECKERS }),
    },
    async (request) => {
      const p = principalOf(request);
      assertUscc(request.body.uscc);
      const r = await checkSubject(deps, request.body.uscc, request.body.purpose, {
        sub: p.sub,
        dept: p.dept,
        covers: (region) => anyRegionCovers(p.regions, region),
      });
      return { ...r, reasons: [...r.reasons], measureIds: [...r.measureIds] };
    },
  );
  app.get(
    '/v1/credit/checks',
    {
      schema: {
        tags,
        summary: 'Audit log of checks (newest first): who asked, for what, the answer',
        security: bearer,
        querystring: Obj({ ...PageQuery, department: Type.Optional(IdText) }),
        response: { 200: Page(CheckLogView), ...problems },
      },
      preHandler: app.auth.require({ roles: ADMINS }),
    },
    async (request) => {
      const { cursor, limit, department } = request.query;
      const before = decodeKeyCursor(cursor);
      const rows = await pageChecks(db, {
        ...(department === undefined ? {} : { department }),
        ...(before === undefined ? {} : { before }),
        limit: limit + 1,
      });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map((r) => ({ ...r, checkedAt: r.checkedAt.toISOString() })),
        next: rows.length > limit && last !== undefined ? encodeKeyCursor(last.id) : null,
      };
    },
  );
  app.get(
    '/v1/credit/measures',
    {
      schema: {
        tags,
        summary: 'The catalog of joint-punishment measures, purposes and the caller’s policy',
        security: bearer,
        response: {
          200: Obj({
            measures: Type.Array(S),
            listing: Type.Array(S),
            badRecord: Type.Array(S),
            purposes: Type.Record(S, S),
            mine: Type.Array(S),
          }),
          ...problems,
        },
      },
      preHandler: app.auth.require({ roles: [...CHECKERS, ...ADMINS] }),
    },
    async (request) => ({
      measures: [...MEASURES],
      listing: [...LISTING_MEASURES],
      badRecord: [...BAD_RECORD_MEASURES],
      purposes: { ...PURPOSES },
      mine: await measuresOf(db, principalOf(request).dept),
    }),
  );
  app.put(
    '/v1/credit/departments/:id/measures',
    {
      schema: {
        tags,
        summary: 'Set the measures a department applies (what it may check for)',
        security: bearer,
        params: DepartmentParams,
        body: MeasuresBody,
        response: { 200: DepartmentView, ...problems },
      },
      preHandler: app.auth.require({ roles: ['admin'] }),
    },
    async (request) => {
      const row = {
        departmentId: request.params.id,
        measures: [...request.body.measures],
        source: 'admin',
        updatedBy: principalOf(request).sub,
        updatedAt: deps.clock.now(),
      };
      await setMeasures(db, row);
      return { ...row, updatedAt: row.updatedAt.toISOString() };
    },
  );
}
