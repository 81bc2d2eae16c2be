import type { FastifyInstance } from 'fastify';
import { withRequestContext } from '../telemetry/request-context.js';

/**
 * One `request completed` line per request, written inside the request's span so it carries
 * `trace_id`. Replaces Fastify's own request logging, whose lines are written outside any span
 * and would log full URLs (query strings may hold personal data); this line logs the route
 * template and the path only.
 */
export function installAccessLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    withRequestContext(request, () => {
      request.log.info(
        {
          method: request.method,
          route: request.routeOptions.url,
          path: request.url.split('?')[0],
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    });
    done();
  });
}
