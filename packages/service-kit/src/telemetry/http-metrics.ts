import type { Meter } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';

/** Bucket bounds in seconds: 5 ms to 10 s covers a healthy API and its slow tail. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Records `http.server.request.duration` (seconds) per method, route template and status
 * (OpenTelemetry HTTP semantic conventions). In Prometheus it appears as
 * `http_server_request_duration_seconds_{bucket,sum,count}`; `_count` is the request counter.
 * Unmatched URLs share the route label `unmatched` so scanners cannot blow up cardinality.
 */
export function installHttpMetrics(app: FastifyInstance, meter: Meter): void {
  const duration = meter.createHistogram('http.server.request.duration', {
    description: 'Duration of HTTP server requests',
    unit: 's',
    advice: { explicitBucketBoundaries: durationBuckets },
  });
  app.addHook('onResponse', (request, reply, done) => {
    duration.record(reply.elapsedTime / 1000, {
      'http.request.method': request.method,
      'http.route': request.routeOptions.url ?? 'unmatched',
      'http.response.status_code': reply.statusCode,
    });
    done();
  });
}
