// The public pages' two calls, without login: report (anonymous or real-name) and track
// (code + access key). They go to complaints' public routes only; the console adds its own
// per-client rate limit in front (the services see the console as one client).
import { Type } from '@sinclair/typebox';
import { makeTokenBucket, type ServiceApp } from '@yiwang/service-kit';
import type { Deps } from '../deps.js';
import { forward } from '../proxy/forward.js';
import { relay } from './proxy-routes.js';
import { Closed, errors } from './schemas.js';

export function publicRoutes(app: ServiceApp, deps: Deps): void {
  const { config } = deps;
  const bucket = makeTokenBucket(
    config.CONSOLE_PUBLIC_RATE_PER_MINUTE,
    config.CONSOLE_PUBLIC_BURST,
    deps.now,
  );
  const base = deps.upstreams.complaints;
  const timeoutMs = config.CONSOLE_UPSTREAM_TIMEOUT_MS;

  app.post(
    '/api/public/reports',
    {
      schema: {
        summary: 'Report to the 12350 hotline from the public page (web channel)',
        tags: ['public'],
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]{8,128}$' })),
        }),
        // Shape checked by complaints (closed schema there); here only "an object".
        body: Type.Object({}, { additionalProperties: true, maxProperties: 20 }),
        response: errors,
      },
    },
    async (request, reply) => {
      bucket.take(request.ip);
      const answer = await forward({
        base,
        path: '/v1/reports',
        query: '',
        method: 'POST',
        body: request.body,
        headers: request.headers,
        clientIp: request.ip,
        timeoutMs,
      });
      return relay(reply, answer);
    },
  );

  app.get(
    '/api/public/track/:trackingCode',
    {
      schema: {
        summary: 'Follow a report with its tracking code and access key (X-Access-Key)',
        tags: ['public'],
        params: Closed({ trackingCode: Type.String({ pattern: '^[A-Za-z0-9-]{1,32}$' }) }),
        headers: Type.Object({ 'x-access-key': Type.String({ minLength: 1, maxLength: 64 }) }),
        response: errors,
      },
    },
    async (request, reply) => {
      bucket.take(request.ip);
      const answer = await forward({
        base,
        path: `/v1/reports/track/${encodeURIComponent(request.params.trackingCode)}`,
        query: '',
        method: 'GET',
        body: undefined,
        headers: request.headers,
        clientIp: request.ip,
        timeoutMs,
      });
      return relay(reply, answer);
    },
  );
}
