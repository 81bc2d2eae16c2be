// Open311 requests: POST (form-encoded, api_key), GET list, GET one, GET token.
import { Type } from '@sinclair/typebox';
import { DomainError, type ServiceApp } from '@yiwang/service-kit';
import { open311Client, submitOpen311Request } from '../../app/submit-open311-request.js';
import { findOpen311Reports, reportIdForToken } from '../../db/open311-queries.js';
import { isUuid } from '../../db/report-store.js';
import type { HttpContext } from '../context.js';
import { Closed, Scope } from '../schemas.js';
import { open311ErrorResponses } from './open311-errors.js';
import { Open311Request, open311Request } from './request-view.js';
import { PostRequestBody, toSubmission } from './post-request-body.js';

const Created = Type.Array(
  Closed({
    service_request_id: Type.String(),
    token: Type.String(),
    service_notice: Type.String(),
    tracking_code: Type.String({
      description: 'Extension: follow the report at /v1/reports/track',
    }),
    access_key: Type.String({ description: 'Extension: shown only this once' }),
  }),
);

export function requestRoutes(app: ServiceApp, { deps }: HttpContext): void {
  const schema = {
    summary: 'Open311: post a service request (form-encoded, api_key)',
    tags: ['open311'],
    consumes: ['application/x-www-form-urlencoded'],
    body: PostRequestBody,
    response: { 201: Created, ...open311ErrorResponses },
  };
  app.post('/requests.json', { schema }, async (request, reply) => {
    const answer = await submitOpen311Request(
      deps,
      request.body.api_key,
      toSubmission(request.body, deps.config.COMPLAINTS_OPEN311_JURISDICTION),
    );
    return reply.code(201).send([
      {
        service_request_id: answer.id,
        token: answer.token,
        service_notice:
          'Keep the tracking code and access key to follow your report; the key is shown only once.',
        tracking_code: answer.trackingCode,
        access_key: answer.accessKey,
      },
    ]);
  });
  const listSchema = {
    summary: 'Open311: requests by id, or those your application posted (api_key)',
    tags: ['open311'],
    querystring: Closed({
      api_key: Type.Optional(Type.String({ maxLength: 128 })),
      jurisdiction_id: Type.Optional(Type.String({ maxLength: 32 })),
      service_request_id: Type.Optional(Type.String({ maxLength: 3800 })),
      service_code: Type.Optional(Scope),
      start_date: Type.Optional(Type.String({ format: 'date-time' })),
      end_date: Type.Optional(Type.String({ format: 'date-time' })),
      status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
    }),
    response: { 200: Type.Array(Open311Request), ...open311ErrorResponses },
  };
  app.get('/requests.json', { schema: listSchema }, async (request) => {
    const q = request.query;
    const ids = q.service_request_id
      ?.split(',')
      .map((s) => s.trim())
      .filter(isUuid)
      .slice(0, 100);
    if (ids === undefined && q.api_key === undefined) {
      throw new DomainError(
        'COMPLAINTS.OPEN311_FILTER_REQUIRED',
        'Give service_request_id(s), or the api_key of the application whose requests to list.',
      );
    }
    const clientId = ids === undefined ? await open311Client(deps, q.api_key) : undefined;
    const found = await findOpen311Reports(deps.database.db, {
      ids,
      clientId,
      serviceCode: q.service_code,
      start: q.start_date,
      end: q.end_date,
      limit: 1000,
    });
    return found.map(open311Request).filter((r) => q.status === undefined || r.status === q.status);
  });
  const oneSchema = {
    summary: 'Open311: one request',
    tags: ['open311'],
    params: Closed({ id: Type.String({ maxLength: 64 }) }),
    querystring: Type.Object(
      { jurisdiction_id: Type.Optional(Type.String({ maxLength: 32 })) },
      { additionalProperties: false },
    ),
    response: { 200: Type.Array(Open311Request), ...open311ErrorResponses },
  };
  app.get('/requests/:id.json', { schema: oneSchema }, async (request) => {
    const ids = isUuid(request.params.id) ? [request.params.id] : [];
    const [found] =
      ids.length === 0 ? [] : await findOpen311Reports(deps.database.db, { ids, limit: 1 });
    if (found === undefined)
      throw new DomainError('COMPLAINTS.REQUEST_NOT_FOUND', `No request ${request.params.id}.`);
    return [open311Request(found)];
  });
  const tokenSchema = {
    summary: 'Open311: the request id behind a token',
    tags: ['open311'],
    params: Closed({ token: Type.String({ maxLength: 64 }) }),
    querystring: Type.Object(
      { jurisdiction_id: Type.Optional(Type.String({ maxLength: 32 })) },
      { additionalProperties: false },
    ),
    response: {
      200: Type.Array(Closed({ service_request_id: Type.String(), token: Type.String() })),
      ...open311ErrorResponses,
    },
  };
  app.get('/tokens/:token.json', { schema: tokenSchema }, async (request) => {
    const id = await reportIdForToken(deps.database.db, request.params.token);
    if (id === undefined)
      throw new DomainError('COMPLAINTS.TOKEN_NOT_FOUND', 'No request has this token.');
    return [{ service_request_id: id, token: request.params.token }];
  });
}
