import { PrometheusSerializer, type PrometheusExporter } from '@opentelemetry/exporter-prometheus';

const serializer = new PrometheusSerializer();

/**
 * Collects the exporter's metrics and renders them in the Prometheus text exposition format,
 * so `/metrics` is an ordinary Fastify route (logged, traced, measured) instead of a raw
 * handler writing to the socket.
 */
export async function prometheusText(exporter: PrometheusExporter): Promise<string> {
  const { resourceMetrics, errors } = await exporter.collect();
  if (errors.length > 0) {
    throw new AggregateError(errors, 'collecting metrics failed');
  }
  return serializer.serialize(resourceMetrics);
}
