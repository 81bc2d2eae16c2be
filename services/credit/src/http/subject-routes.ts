// Subjects: register one (enterprise, agency, responsible person by ID number), find a person
// by ID number (POST: the number never sits in a URL or an access log), read one with its
// status, rating and measures, its records and its rating history (cursor pages).
import type { Static } from '@sinclair/typebox';
import { isValidUscc } from '@yiwang/contracts';
import {
  decodeCursor,
  decodeKeyCursor,
  DomainError,
  encodeCursor,
  invalidCursor,
  keysetPage,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { subjectNotFound } from '../app/decided.js';
import { localDate } from '../app/local-date.js';
import { registerSubject } from '../app/register-subject.js';
import { subjectStatus } from '../app/subject-status.js';
import { pageRatingHistory } from '../db/ratings.js';
import { pageRecords } from '../db/records.js';
import { findPersonByHash, findSubject } from '../db/subjects.js';
import type { Deps } from '../deps.js';
import { assertStaffRegion, assertSubjectAccess } from './access.js';
import { ENTERPRISE, OFFICERS, STAFF } from './roles.js';
import { bearer, Obj, Page, PageQuery, problems } from './schemas/common.js';
import {
  PersonLookupBody,
  RatingChangeView,
  RecordView,
  SubjectBody,
  SubjectParams,
  SubjectView,
} from './schemas/credit.js';
import { plain, subjectView } from './views.js';

const tags = ['subjects'];

/** 422 for a USCC whose check digit is wrong (GB 32100-2015). */
export function assertUscc(uscc: string): void {
  if (!isValidUscc(uscc)) {
    throw new DomainError('CREDIT.USCC_INVALID', `${uscc} is not a valid USCC (check digit).`);
  }
}

/** Registers the subject routes. */
export function subjectRoutes(app: ServiceApp, deps: Deps): void {
  const db = deps.database.db;
  const view = async (id: string) => {
    const s = await findSubject(db, id);
    if (s === undefined) throw subjectNotFound(id);
    return {
      s,
      view: subjectView(s, await subjectStatus(db, s, localDate(deps.clock.now()), deps.rules)),
    };
  };
  app.post(
    '/v1/credit/subjects',
    {
      schema: {
        tags,
        summary: 'Register a subject (a person by ID number: only its keyed hash is kept)',
        security: bearer,
        body: SubjectBody,
        response: { 200: SubjectView, 201: SubjectView, ...problems },
      },
      preHandler: app.auth.require({ roles: OFFICERS }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const b = request.body;
      assertUscc(b.kind === 'responsible-person' ? b.enterpriseUscc : b.uscc);
      const input = b.kind === 'responsible-person' ? { ...b, role: b.role ?? 'responsible' } : b;
      const { subject, created } = await registerSubject(deps, input, (r) =>
        assertStaffRegion(p, r),
      );
      return reply.code(created ? 201 : 200).send((await view(subject.id)).view);
    },
  );
  app.post(
    '/v1/credit/persons/lookup',
    {
      schema: {
        tags,
        summary: 'Find a responsible person by ID number',
        security: bearer,
        body: PersonLookupBody,
        response: { 200: SubjectView, ...problems },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request) => {
      const person = await findPersonByHash(db, deps.hashIdNumber(request.body.idNumber));
      if (person === undefined) {
        throw new DomainError(
          'CREDIT.SUBJECT_NOT_FOUND',
          'No responsible person with this ID number.',
        );
      }
      assertStaffRegion(principalOf(request), person.region);
      return (await view(person.id)).view;
    },
  );
  app.get(
    '/v1/credit/subjects/:id',
    {
      schema: {
        tags,
        summary: 'A subject: status, rating and the measures in force',
        security: bearer,
        params: SubjectParams,
        response: { 200: SubjectView, ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request) => {
      const { s, view: v } = await view(request.params.id);
      assertSubjectAccess(principalOf(request), s);
      return v;
    },
  );
  app.get(
    '/v1/credit/subjects/:id/records',
    {
      schema: {
        tags,
        summary: 'Records of a subject (oldest first)',
        security: bearer,
        params: SubjectParams,
        querystring: Obj(PageQuery),
        response: { 200: Page(RecordView), ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request) => {
      const { s } = await view(request.params.id);
      assertSubjectAccess(principalOf(request), s);
      const { cursor, limit } = request.query;
      const rows = await pageRecords(db, s.id, decodeKeyCursor(cursor), limit + 1);
      const { items, next } = keysetPage(rows, limit, (r) => r.id);
      return { items: plain<Static<typeof RecordView>[]>(items), next };
    },
  );
  app.get(
    '/v1/credit/subjects/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Rating history of a subject with the reasons of each change',
        security: bearer,
        params: SubjectParams,
        querystring: Obj(PageQuery),
        response: { 200: Page(RatingChangeView), ...problems },
      },
      preHandler: app.auth.require({ roles: [ENTERPRISE, ...STAFF] }),
    },
    async (request) => {
      const { s } = await view(request.params.id);
      assertSubjectAccess(principalOf(request), s);
      const { cursor, limit } = request.query;
      const after = cursor === undefined ? undefined : decodeCursor('r1', cursor);
      if (after !== undefined && (typeof after !== 'number' || !Number.isSafeInteger(after))) {
        throw invalidCursor();
      }
      const rows = await pageRatingHistory(db, s.id, after, limit + 1);
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(({ id: _id, subjectId: _s, changedAt, ...r }) => ({
          ...r,
          changedAt: changedAt.toISOString(),
        })),
        next: rows.length > limit && last !== undefined ? encodeCursor('r1', last.id) : null,
      };
    },
  );
}
