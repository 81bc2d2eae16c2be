import type { FastifyInstance } from 'fastify';
import { withRequestContext } from '../telemetry/request-context.js';

/** Logger levels at which an `info` line is written (pino's standard levels). */
const LEVELS_WRITING_INFO = new Set(['trace', 'debug', 'info']);

/**
 * One `request completed` line per request, written inside the request's span so it carries
 * `trace_id`. Replaces Fastify's own request logging, whose lines are written outside any span
 * and would log full URLs. Paths hold secrets too (a whistleblower's tracking code, an Open311
 * token), so this line logs the route template (`/v1/reports/track/:trackingCode`) and never the
 * path or query; an unmatched request logs no route.
 */
export function installAccessLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    // at a level above `info` (LOG_LEVEL=warn, a route's logLevel) the line would be dropped
    if (!LEVELS_WRITING_INFO.has(request.log.level)) {
      done();
      return;
    }
    withRequestContext(request, () => {
      request.log.info(
        {
          method: request.method,
          route: request.routeOptions.url ?? null,
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    });
    done();
  });
}
