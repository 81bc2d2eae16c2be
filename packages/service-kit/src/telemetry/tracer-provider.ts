import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { Resource } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';

/**
 * Registers the global NodeTracerProvider: AsyncLocalStorage context manager (the
 * NodeTracerProvider default), W3C Trace Context propagation only (no baggage, which could
 * carry data across trust boundaries), and batched OTLP/HTTP export when an endpoint is set.
 */
export function startTracerProvider(
  resource: Resource,
  otlpEndpoint: string | undefined,
  extraProcessors: readonly SpanProcessor[],
): NodeTracerProvider {
  const spanProcessors = [...extraProcessors];
  if (otlpEndpoint !== undefined) {
    const exporter = new OTLPTraceExporter({ url: `${otlpEndpoint}/v1/traces` });
    spanProcessors.push(new BatchSpanProcessor(exporter));
  }
  const tracerProvider = new NodeTracerProvider({ resource, spanProcessors });
  tracerProvider.register({ propagator: new W3CTraceContextPropagator() });
  return tracerProvider;
}
