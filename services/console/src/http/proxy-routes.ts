// /api/<service>/v1/… → the service, with a bearer token minted for the session's user.
import { Type } from '@sinclair/typebox';
import { ForbiddenError, type ServiceApp } from '@yiwang/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SERVICES, type ServiceName } from '../config.js';
import type { Deps } from '../deps.js';
import { mayReach } from '../proxy/access.js';
import { forward, type Inbound } from '../proxy/forward.js';
import { Closed, errors } from './schemas.js';
import { requireSession, sessionOf } from './session-guard.js';

/** A service path: `v1/…`, plain segments only (no `.`/`..`, no encoded slashes). */
export const ServicePath = Type.String({
  maxLength: 400,
  pattern: '^v1(/(?!\\.{1,2}(/|$))[A-Za-z0-9_~:@.+-]+)*/?$',
});

const Params = Closed({
  service: Type.Union(SERVICES.map((s) => Type.Literal(s))),
  '*': ServicePath,
});

/** The raw query string of a request (passed on untouched; the service validates it). */
export const rawQuery = (request: FastifyRequest): string => {
  const at = request.url.indexOf('?');
  return at < 0 ? '' : request.url.slice(at + 1);
};

/** Sends a service's answer to the browser; API answers are never cached. */
export function relay(reply: FastifyReply, answer: Inbound): FastifyReply {
  return reply
    .code(answer.status)
    .headers({ ...answer.headers, 'cache-control': 'no-store' })
    .send(answer.body);
}

export function proxyRoutes(app: ServiceApp, deps: Deps): void {
  app.route<{ Params: { service: ServiceName; '*': string } }>({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/api/:service/*',
    schema: {
      params: Params,
      response: errors,
    },
    preHandler: requireSession(deps.sessions),
    handler: async (request, reply) => {
      const { principal } = sessionOf(request);
      const service = request.params.service;
      if (!mayReach(service, principal.roles)) {
        throw new ForbiddenError(`Your roles do not include work in ${service}.`);
      }
      const answer = await forward({
        base: deps.upstreams[service],
        path: `/${request.params['*']}`,
        query: rawQuery(request),
        method: request.method,
        body: request.body,
        headers: request.headers,
        bearer: await deps.sessions.serviceToken(principal),
        clientIp: request.ip,
        timeoutMs: deps.config.CONSOLE_UPSTREAM_TIMEOUT_MS,
      });
      return relay(reply, answer);
    },
  });
}
