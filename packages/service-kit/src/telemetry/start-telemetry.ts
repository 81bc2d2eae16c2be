import { context, metrics, propagation, trace, type Meter, type Tracer } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { startMeterProvider } from './meter-provider.js';
import { prometheusText } from './prometheus-text.js';
import { startTracerProvider } from './tracer-provider.js';

/** Options of {@link startTelemetry}. */
export interface TelemetryOptions {
  readonly serviceName: string;
  readonly serviceVersion?: string;
  /** OTLP/HTTP base URL (`OTEL_EXPORTER_OTLP_ENDPOINT`); traces and metrics are exported only when set. */
  readonly otlpEndpoint?: string | undefined;
  /** Extra span processors, e.g. an in-memory exporter in tests. */
  readonly spanProcessors?: readonly SpanProcessor[];
  /**
   * Trace every PostgreSQL query. Default: only when spans go somewhere (an OTLP endpoint or
   * extra span processors). A span per query costs CPU on every request; with nobody to read
   * them, request spans (for `trace_id` in logs) are enough.
   */
  readonly traceDatabase?: boolean;
}

/** What {@link startTelemetry} returns; pass it to `buildServiceApp`. */
export interface Telemetry {
  readonly serviceName: string;
  readonly tracer: Tracer;
  readonly meter: Meter;
  /** The Prometheus text exposition of every metric registered on this meter provider. */
  readonly metricsText: () => Promise<string>;
  /** Flushes exporters and unregisters the global providers. Idempotent. */
  readonly shutdown: () => Promise<void>;
}

/**
 * Starts OpenTelemetry for one process: a NodeTracerProvider registered globally with the
 * AsyncLocalStorage context manager and the W3C trace-context propagator, a MeterProvider with
 * a Prometheus reader (served by `/metrics`, never its own port) and, when `otlpEndpoint` is
 * set, OTLP/HTTP export of traces and metrics. Enables the pg instrumentation when spans are
 * exported (see `traceDatabase`): it patches `pg`
 * when it is first loaded, which the kit's database helpers do lazily, so call this before
 * anything imports `pg` (see README). HTTP server spans come from Fastify hooks, not from
 * require-time patching, which is unreliable under ESM.
 */
export function startTelemetry(options: TelemetryOptions): Telemetry {
  const resource = resourceFromAttributes({
    [ATTR_SERVICE_NAME]: options.serviceName,
    ...(options.serviceVersion === undefined
      ? {}
      : { [ATTR_SERVICE_VERSION]: options.serviceVersion }),
  });
  const endpoint = options.otlpEndpoint?.replace(/\/+$/, '');
  const tracerProvider = startTracerProvider(resource, endpoint, options.spanProcessors ?? []);
  const { meterProvider, prometheus } = startMeterProvider(resource, endpoint);
  const spansExported = endpoint !== undefined || (options.spanProcessors ?? []).length > 0;
  const disableInstrumentations = registerInstrumentations({
    tracerProvider,
    meterProvider,
    instrumentations:
      (options.traceDatabase ?? spansExported)
        ? [new PgInstrumentation({ requireParentSpan: true })]
        : [],
  });

  let stopped: Promise<void> | undefined;
  return {
    serviceName: options.serviceName,
    tracer: tracerProvider.getTracer('@yiwang/service-kit'),
    meter: meterProvider.getMeter('@yiwang/service-kit'),
    metricsText: () => prometheusText(prometheus),
    shutdown: () =>
      (stopped ??= (async () => {
        disableInstrumentations();
        await Promise.allSettled([tracerProvider.shutdown(), meterProvider.shutdown()]);
        trace.disable();
        metrics.disable();
        propagation.disable();
        context.disable();
      })()),
  };
}
