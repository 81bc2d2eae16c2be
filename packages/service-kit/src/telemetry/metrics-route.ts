import type { FastifyInstance } from 'fastify';
import type { Telemetry } from './start-telemetry.js';

/** Prometheus text exposition format, version 0.0.4. */
const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * `GET /metrics`: every metric of the process's meter provider (HTTP request counts and
 * latency from the kit, plus whatever the service and `@yiwang/bus` register) in Prometheus
 * format. Exposed on the service port; restrict it at the ingress if needed.
 */
export function installMetricsRoute(app: FastifyInstance, telemetry: Telemetry): void {
  app.get('/metrics', { schema: { tags: ['operations'], hide: true } }, async (_request, reply) =>
    reply.type(PROMETHEUS_CONTENT_TYPE).send(await telemetry.metricsText()),
  );
}
