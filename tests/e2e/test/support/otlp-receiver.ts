// A minimal OpenTelemetry collector for scenarios: services started with
// OTEL_EXPORTER_OTLP_ENDPOINT=<url> post their spans here as OTLP/HTTP JSON (the kit's exporter;
// opentelemetry.io/docs/specs/otlp "OTLP/HTTP", JSON encoding: ids as hex strings). Metrics
// posted to /v1/metrics are acknowledged and dropped.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One received span, with the `service.name` of the process that sent it. */
export interface ReceivedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly kind?: number;
}

/** A running collector. */
export interface OtlpReceiver {
  /** The base URL to pass as OTEL_EXPORTER_OTLP_ENDPOINT. */
  readonly url: string;
  readonly spans: ReceivedSpan[];
  close(): Promise<void>;
}

interface ExportTraceRequest {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: Omit<ReceivedSpan, 'service'>[] }[];
  }[];
}

function spansOf(request: ExportTraceRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap((resource) => {
    const name = resource.resource?.attributes?.find((a) => a.key === 'service.name');
    const service = name?.value.stringValue ?? 'unknown';
    return (resource.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({ ...span, service })),
    );
  });
}

/** Starts a collector on a free port of 127.0.0.1. */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces')
        spans.push(...spansOf(JSON.parse(body) as ExportTraceRequest));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
