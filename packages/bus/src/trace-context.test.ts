import { ROOT_CONTEXT, TraceFlags, context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeTraceFields,
  contextFromTraceFields,
  traceFieldsOf,
  withStoredTrace,
} from './trace-context.js';

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

describe('withStoredTrace', () => {
  const stored = { traceparent };
  const request = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  const manager = new AsyncLocalStorageContextManager();

  beforeAll(() => {
    context.setGlobalContextManager(manager.enable());
  });
  afterAll(() => {
    manager.disable();
    context.disable();
  });

  it('continues the stored trace when no span is active (a sweeper)', async () => {
    const fields = await withStoredTrace(stored, async () => {
      await Promise.resolve();
      return activeTraceFields();
    });
    expect(fields).toEqual({ traceparent });
    expect(activeTraceFields()).toEqual({});
  });

  it('keeps the active trace (a user acting on the case)', () => {
    const fields = context.with(contextFromTraceFields({ traceparent: request }), () =>
      withStoredTrace(stored, () => activeTraceFields()),
    );
    expect(fields).toEqual({ traceparent: request });
  });

  it('runs without a trace when none was stored', () => {
    expect(withStoredTrace({}, () => activeTraceFields())).toEqual({});
  });
});
