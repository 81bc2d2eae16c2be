import { SpanKind, trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createEvent, newEventId, type CloudEvent } from '@yiwang/contracts';
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  causedBy,
  createConsumer,
  createRelay,
  type EventConsumer,
  type Relay,
} from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { hazardNoted, noted, testCatalog } from './support/catalog.js';

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
provider.register();

let bus: TestBus;
let relay: Relay;
let consumer: EventConsumer;
const handled: { event: CloudEvent; spanId: string | undefined }[] = [];

beforeAll(async () => {
  bus = await setupBus('tracing');
  relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 50 });
  relay.start();
  consumer = createConsumer({
    nats: bus.nats,
    db: bus.db,
    catalog: testCatalog,
    prefix: bus.prefix,
    name: 'tracing',
    filterSubjects: [`${bus.prefix}.hazards.>`],
    handler: async (event, { tx }) => {
      handled.push({ event, spanId: trace.getActiveSpan()?.spanContext().spanId });
      if (event.subject !== 'hz-traced') return;
      // A reaction: the next event of the flow, written in the handler's transaction.
      const next = createEvent(hazardNoted, {
        id: newEventId(),
        time: new Date().toISOString(),
        subject: 'hz-reaction',
        region: '330502',
        sequence: 1,
        data: { note: 'reaction' },
        ...causedBy(event),
      });
      await bus.outbox.add(tx, next);
    },
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer.stop();
  await relay.stop();
  await bus.cleanup();
  await provider.shutdown();
});

const byName = (prefix: string) => (s: ReadableSpan) => s.name.startsWith(prefix);
const parentOf = (s: ReadableSpan | undefined) => s?.parentSpanContext?.spanId;
const idOf = (s: ReadableSpan | undefined) => s?.spanContext().spanId;

describe('one trace from the HTTP request to every consumer', () => {
  it('links request → outbox.add → relay send → consumer process → the reaction', async () => {
    const event = noted('hz-traced', 1);
    const tracer = trace.getTracer('test');
    const request = await tracer.startActiveSpan(
      'POST /hazards',
      { kind: SpanKind.SERVER },
      async (span) => {
        await bus.db.transaction((tx) => bus.outbox.add(tx, event));
        span.end();
        return span;
      },
    );
    await waitFor(() => handled.length === 2, { timeout: 10_000 });
    await waitFor(() => exporter.getFinishedSpans().filter(byName('process')).length === 2);

    const spans = exporter.getFinishedSpans();
    const traceId = request.spanContext().traceId;
    expect(new Set(spans.map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));

    const [add1, add2] = spans.filter(byName('outbox add'));
    const [send1, send2] = spans.filter(byName('send'));
    const [process1, process2] = spans.filter(byName('process'));
    expect(parentOf(add1)).toBe(request.spanContext().spanId);
    expect(parentOf(send1)).toBe(idOf(add1));
    expect(parentOf(process1)).toBe(idOf(send1));
    expect(handled[0]?.spanId).toBe(idOf(process1)); // the handler runs in the process span
    expect(parentOf(add2)).toBe(idOf(process1));
    expect(parentOf(send2)).toBe(idOf(add2));
    expect(parentOf(process2)).toBe(idOf(send2));
    expect(process1?.kind).toBe(SpanKind.CONSUMER);

    const reaction = handled[1]?.event;
    expect(reaction).toMatchObject({ correlationid: event.correlationid, causationid: event.id });
    expect(reaction?.traceparent).toBe(`00-${traceId}-${idOf(add2)}-01`);
  });
});
