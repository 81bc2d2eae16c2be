import { ROOT_CONTEXT, TraceFlags, trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { contextFromTraceFields, traceFieldsOf } from './trace-context.js';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace context fields', () => {
  it('round-trips a W3C traceparent and tracestate', () => {
    const ctx = contextFromTraceFields({ traceparent, tracestate: 'yw=1' });
    const sc = trace.getSpanContext(ctx);
    expect(sc).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      traceFlags: TraceFlags.SAMPLED,
      isRemote: true,
    });
    expect(traceFieldsOf(sc)).toEqual({ traceparent, tracestate: 'yw=1' });
  });

  it('ignores malformed or all-zero trace ids', () => {
    expect(trace.getSpanContext(contextFromTraceFields({ traceparent: 'garbage' }))).toBe(
      undefined,
    );
    const zero = `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`;
    expect(trace.getSpanContext(contextFromTraceFields({ traceparent: zero }))).toBeUndefined();
    expect(traceFieldsOf(trace.getSpanContext(ROOT_CONTEXT))).toEqual({});
  });
});
