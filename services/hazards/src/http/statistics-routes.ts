// Statistics filings: enterprises file quarterly and annual figures signed by the principal;
// staff list filings and the enterprises that have not filed a period.
import {
  decodeKeyCursor,
  DomainError,
  ForbiddenError,
  keysetPage,
  principalOf,
  scopeRegions,
  type ServiceApp,
} from '@yiwang/service-kit';
import { fileStatistics } from '../app/file-statistics.js';
import { localDate } from '../app/local-date.js';
import { listFilings, listMissingFilers } from '../db/statistics.js';
import type { Deps } from '../deps.js';
import { dueOn, parsePeriod, type PeriodRef } from '../domain/periods.js';
import { isEnterpriseUser } from './access.js';
import { ENTERPRISE, READERS, STAFF } from './roles.js';
import { bearer, Page, problems } from './schemas/common.js';
import * as S from './schemas/statistics.js';

const tags = ['statistics'];

/** A period of the query or body; 400 when outside the catalog's years. */
export function period(text: string): PeriodRef {
  const p = parsePeriod(text);
  if (p === undefined || p.year < 2000 || p.year > 2100) {
    throw new DomainError('HAZARDS.PERIOD_INVALID', `No period ${text} (2000–2100).`);
  }
  return p;
}

/** Registers the statistics routes. */
export function statisticsRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/statistics-filings',
    {
      schema: {
        tags,
        summary: 'File quarterly (by the 15th after) or annual (by 31 Jan) statistics',
        security: bearer,
        body: S.FilingBody,
        response: { 201: S.FilingView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { period: text, ...b } = request.body;
      if (p.dept !== b.uscc) throw new ForbiddenError('An enterprise files its own statistics.');
      return reply.code(201).send(await fileStatistics(deps, { ...b, ...period(text) }));
    },
  );
  app.get(
    '/v1/statistics-filings',
    {
      schema: {
        tags,
        summary: 'List filings: an enterprise its own, staff those in their regions',
        security: bearer,
        querystring: S.FilingQuery,
        response: { 200: Page(S.FilingView), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const own = isEnterpriseUser(p);
      if (own && q.uscc !== undefined && q.uscc !== p.dept) {
        throw new ForbiddenError('An enterprise sees only its own filings.');
      }
      const rows = await listFilings(deps.database.db, {
        ...(own ? { uscc: p.dept } : { regions: scopeRegions(p, q.region) }),
        ...(!own && q.uscc !== undefined ? { uscc: q.uscc } : {}),
        ...(q.period === undefined ? {} : { period: period(q.period) }),
        ...(q.late === undefined ? {} : { late: q.late }),
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      return keysetPage(rows, q.limit, (f) => f.id);
    },
  );
  app.get(
    '/v1/statistics-filings/missing',
    {
      schema: {
        tags,
        summary: 'Enterprises of the region that have not filed the period (staff)',
        security: bearer,
        querystring: S.MissingQuery,
        response: { 200: Page(S.MissingView), ...problems },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const ref = period(q.period);
      const rows = await listMissingFilers(deps.database.db, {
        regions: scopeRegions(p, q.region),
        period: ref,
        ...(q.cursor === undefined ? {} : { after: decodeKeyCursor(q.cursor) }),
        limit: q.limit + 1,
      });
      const due = dueOn(ref, deps.filingRules);
      const overdue = localDate(deps.clock.now()) > due;
      const { items, next } = keysetPage(rows, q.limit, (r) => r.uscc);
      return { items: items.map((r) => ({ ...r, dueOn: due, overdue })), next };
    },
  );
}
