import { startNatsServer, waitFor, type PrivateNatsServer } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConsumer,
  createRelay,
  outboxLag,
  type EventConsumer,
  type Relay,
} from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted, testCatalog } from './support/catalog.js';
import { countingHandler } from './support/effects.js';
import { streamCount } from './support/stream.js';

const OUTAGE_MS = 30_000;
let server: PrivateNatsServer;
let bus: TestBus;
let relay: Relay;
let consumer: EventConsumer;

beforeAll(async () => {
  server = await startNatsServer({ jetstream: true });
  bus = await setupBus('outage', { natsUrl: server.url });
  relay = createRelay({
    pool: bus.pool,
    nats: bus.nats,
    pollIntervalMs: 100,
    publishTimeoutMs: 2_000,
    maxBackoffMs: 1_000,
  });
  consumer = createConsumer({
    nats: bus.nats,
    db: bus.db,
    catalog: testCatalog,
    prefix: bus.prefix,
    name: 'outage',
    filterSubjects: [`${bus.prefix}.hazards.>`],
    handler: countingHandler('outage'),
    concurrency: 16,
  });
  relay.start();
  await consumer.start();
});

afterAll(async () => {
  await consumer.stop();
  await relay.stop();
  await bus.cleanup();
  await server.close();
});

const appliedCount = async () =>
  (await bus.pool.query<{ n: number }>(`select count(*)::int as n from applied`)).rows[0]?.n ?? 0;

describe('NATS down for 30 s while 1,000 events commit', () => {
  it('delivers them all once it is back, none applied twice', { timeout: 120_000 }, async () => {
    await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-warmup', 1)));
    await waitFor(async () => (await appliedCount()) === 1, { timeout: 10_000 });

    await server.stop();
    const downAt = Date.now();
    const aggregates = Array.from({ length: 50 }, (_, i) => `hz-out-${i}`);
    for (let seq = 1; seq <= 20; seq += 1) {
      await bus.db.transaction((tx) =>
        bus.outbox.add(
          tx,
          aggregates.map((a) => noted(a, seq)),
        ),
      );
    }
    expect(bus.nats.isConnected()).toBe(false);
    expect((await outboxLag(bus.pool)).pending).toBe(1_000); // writes succeed, nothing sent
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - downAt))));
    expect((await outboxLag(bus.pool)).pending).toBe(1_000);

    await server.start();
    await waitFor(async () => (await appliedCount()) === 1_001, {
      timeout: 60_000,
      interval: 250,
    });
    expect(await streamCount(bus.nats.jsm, bus.names.stream('hazards'))).toBe(1_001);
    const twice = await bus.pool.query(
      `select event_id from applied group by event_id having count(*) > 1`,
    );
    expect(twice.rowCount).toBe(0);
    const { rows } = await bus.pool.query<{ n: number }>(
      `select n from effects where aggregate like 'hz-out-%'`,
    );
    expect(rows.map((r) => r.n)).toEqual(Array(50).fill(20));
    expect((await outboxLag(bus.pool)).pending).toBe(0);
  });
});
