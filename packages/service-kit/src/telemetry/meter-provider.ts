import { metrics } from '@opentelemetry/api';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import type { Resource } from '@opentelemetry/resources';
import {
  MeterProvider,
  PeriodicExportingMetricReader,
  type IMetricReader,
} from '@opentelemetry/sdk-metrics';

/**
 * Registers the global MeterProvider with a Prometheus reader that never opens its own port
 * (`/metrics` serves it) and, when an OTLP endpoint is set, a periodic OTLP/HTTP exporter.
 * `@yiwang/bus` and services use `metrics.getMeter()` and land in the same registry.
 */
export function startMeterProvider(
  resource: Resource,
  otlpEndpoint: string | undefined,
): { meterProvider: MeterProvider; prometheus: PrometheusExporter } {
  const prometheus = new PrometheusExporter({ preventServerStart: true });
  const readers: IMetricReader[] = [prometheus];
  if (otlpEndpoint !== undefined) {
    const exporter = new OTLPMetricExporter({ url: `${otlpEndpoint}/v1/metrics` });
    readers.push(new PeriodicExportingMetricReader({ exporter }));
  }
  const meterProvider = new MeterProvider({ resource, readers });
  metrics.setGlobalMeterProvider(meterProvider);
  return { meterProvider, prometheus };
}
