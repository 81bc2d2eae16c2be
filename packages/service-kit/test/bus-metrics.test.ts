// The event backbone's gauges: outbox lag from PostgreSQL, consumer lag and dead letters from
// JetStream, read when metrics are collected.
import { fileURLToPath } from 'node:url';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { busNames, connectNats, createOutbox, provisionStreams } from '@yiwang/bus';
import { catalog, createEvent, exampleData, exchange, newEventId } from '@yiwang/contracts';
import { createTestDatabase, testInfra, uniquePrefix } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, createLogger, migrateDatabase, type Database } from '../src/index.js';
import { observeBusMetrics } from '../src/runtime/bus-metrics.js';

const prefix = uniquePrefix('busmetrics');
const names = busNames(prefix);
const reader = new PrometheusExporter({ preventServerStart: true });
const provider = new MeterProvider({ readers: [reader] });
let database: Database;
let nats: Awaited<ReturnType<typeof connectNats>>;
let drop: () => Promise<void>;

beforeAll(async () => {
  const infra = await testInfra();
  const created = await createTestDatabase('busmetrics');
  drop = () => created.drop();
  database = await connectDatabase(created.url, {
    logger: createLogger({ name: 'bus-metrics-test', level: 'silent' }),
  });
  await migrateDatabase(database.db, fileURLToPath(new URL('../../bus/drizzle', import.meta.url)));
  nats = await connectNats({ servers: infra.natsUrl, name: 'bus-metrics-test' });
  await provisionStreams(nats.jsm, { prefix, duplicateWindowMs: 60_000 });
});

afterAll(async () => {
  for (const stream of [...names.contexts.map((c) => names.stream(c)), names.dlqStream]) {
    await nats.jsm.streams.delete(stream).catch(() => undefined);
  }
  await nats.close();
  await provider.shutdown();
  await database.close();
  await drop();
});

async function gauges() {
  const { resourceMetrics } = await reader.collect();
  const found = new Map<string, { value: number; attributes: Record<string, unknown> }[]>();
  for (const scope of resourceMetrics.scopeMetrics) {
    for (const metric of scope.metrics) {
      found.set(
        metric.descriptor.name,
        metric.dataPoints.map((p) => ({ value: p.value as number, attributes: p.attributes })),
      );
    }
  }
  return found;
}

describe('observeBusMetrics', () => {
  it('reports unpublished outbox rows, a consumer’s backlog and its dead letters', async () => {
    const outbox = createOutbox({ catalog, prefix });
    const event = createEvent(exchange.departmentRegistered, {
      id: newEventId(),
      time: new Date().toISOString(),
      subject: 'dept-1',
      region: '330500',
      sequence: 1,
      data: exampleData(exchange.departmentRegistered),
    });
    await database.db.transaction((tx) => outbox.add(tx, [event])); // no relay runs

    const stream = names.stream('exchange');
    await nats.jsm.consumers.add(stream, { durable_name: 'metrics-c1', ack_policy: 'explicit' });
    for (let i = 0; i < 3; i += 1) await nats.js.publish(`${prefix}.exchange.x.y.330500`, 'x');
    for (let i = 0; i < 2; i += 1)
      await nats.js.publish(names.dlqSubject('metrics-c1', 'a.b'), 'x');
    await nats.js.publish(names.dlqSubject('metrics-other', 'a.b'), 'x');

    observeBusMetrics(provider.getMeter('test'), {
      pool: database.pool,
      nats,
      prefix,
      consumers: () => ['metrics-c1'],
    });
    const found = await gauges();
    expect(found.get('yiwang.outbox.pending')?.[0]?.value).toBe(1);
    expect(found.get('yiwang.outbox.oldest_age_ms')?.[0]?.value).toBeGreaterThanOrEqual(0);
    expect(found.get('yiwang.consumer.pending')).toEqual([
      { value: 3, attributes: { consumer: 'metrics-c1' } },
    ]);
    expect(found.get('yiwang.dlq.messages')).toEqual([
      { value: 2, attributes: { consumer: 'metrics-c1' } },
    ]);
  });
});
