import { isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Paths redacted from every log line: credentials and the personal data the bureau must not
 * spread (reporter identity, ID numbers, phone numbers). `LOG_REDACT` adds to these.
 */
export const defaultRedactPaths: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'reporter',
  '*.reporter',
  '*.password',
  '*.idNumber',
  '*.phone',
  '*.token',
  '*.apiKey',
  '*.secret',
];

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  readonly name: string;
  readonly level?: string;
  /** Redaction paths added to {@link defaultRedactPaths}. */
  readonly redact?: readonly string[];
  /** Where lines go; stdout when omitted. Tests pass a stream to capture lines. */
  readonly destination?: DestinationStream;
}

/**
 * A pino JSON logger whose every line written while a span is active carries `trace_id` and
 * `span_id` (W3C hex ids), so a log search and a trace view meet. ISO timestamps and level
 * labels keep lines readable in any log store.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: options.name,
      level: options.level ?? 'info',
      redact: { paths: [...defaultRedactPaths, ...(options.redact ?? [])], censor: '[REDACTED]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: traceFields,
    },
    options.destination,
  );
}

function traceFields(): Record<string, string> {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (spanContext === undefined || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
