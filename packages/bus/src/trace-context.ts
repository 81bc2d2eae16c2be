import {
  context as otelContext,
  createTraceState,
  isSpanContextValid,
  trace,
  type Context,
  type SpanContext,
  type Tracer,
} from '@opentelemetry/api';

/** W3C Trace Context fields, as carried in the envelope and in NATS headers. */
export interface TraceFields {
  traceparent?: string;
  tracestate?: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The bus's tracer, looked up per use so an SDK registered after import is honoured. */
export function busTracer(): Tracer {
  return trace.getTracer('@yiwang/bus');
}

/**
 * W3C `traceparent`/`tracestate` of a span context (version 00). Written by hand rather than
 * through the global propagator, so the envelope carries W3C trace context whichever
 * propagator the service installed (the envelope format is ours, not the propagator's).
 */
export function traceFieldsOf(spanContext: SpanContext | undefined): TraceFields {
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  const flags = spanContext.traceFlags.toString(16).padStart(2, '0');
  const state = spanContext.traceState?.serialize();
  return {
    traceparent: `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`,
    ...(state ? { tracestate: state } : {}),
  };
}

/** Trace fields of the span active in `ctx` (default: the current context). */
export function activeTraceFields(ctx: Context = otelContext.active()): TraceFields {
  return traceFieldsOf(trace.getSpanContext(ctx));
}

/**
 * A context whose parent is the remote span described by `fields`; the root context when
 * there is no valid `traceparent`.
 */
export function contextFromTraceFields(fields: TraceFields): Context {
  const root = otelContext.active();
  const match = fields.traceparent ? TRACEPARENT.exec(fields.traceparent) : null;
  if (!match) return root;
  const [, traceId = '', spanId = '', flags = '00'] = match;
  const spanContext: SpanContext = {
    traceId,
    spanId,
    traceFlags: parseInt(flags, 16),
    isRemote: true,
    ...(fields.tracestate ? { traceState: createTraceState(fields.tracestate) } : {}),
  };
  return isSpanContextValid(spanContext) ? trace.setSpanContext(root, spanContext) : root;
}

/**
 * Runs `fn` in the current trace or, when no span is active (a timer: a sweeper, a scheduler),
 * as a continuation of `stored`: the trace of the request or event that created the aggregate
 * `fn` acts on. Deadline events then join their case's trace instead of each starting a root
 * of its own; a user acting on the case later keeps the trace of their own request.
 *
 * ```ts
 * await withStoredTrace({ traceparent: row.traceParent }, () => outbox.add(tx, overdue));
 * ```
 */
export function withStoredTrace<T>(stored: TraceFields, fn: () => T): T {
  const active = trace.getSpanContext(otelContext.active());
  if (active !== undefined && isSpanContextValid(active)) return fn();
  return otelContext.with(contextFromTraceFields(stored), fn);
}
