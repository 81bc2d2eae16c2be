import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer, createRelay, type Relay } from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted, testCatalog } from './support/catalog.js';
import { startChild } from './support/child.js';
import { countingHandler } from './support/effects.js';

let bus: TestBus;
let relay: Relay;

beforeAll(async () => {
  bus = await setupBus('consumer_crash');
  relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 50 });
  relay.start();
});

afterAll(async () => {
  await relay.stop();
  await bus.cleanup();
});

const effect = async (aggregate: string) =>
  (await bus.pool.query<{ n: number }>(`select n from effects where aggregate = $1`, [aggregate]))
    .rows[0]?.n ?? 0;

describe('consumer killed with SIGKILL after its effects committed, before the ack', () => {
  it('gets the event again and skips it: the effect stays applied once', async () => {
    const durable = 'crashy';
    const ackWaitMs = 1_500;
    const child = startChild('consumer-child.mjs', {
      DATABASE_URL: bus.databaseUrl,
      NATS_URL: bus.natsUrl,
      PREFIX: bus.prefix,
      DURABLE: durable,
      ACK_WAIT_MS: String(ackWaitMs),
      DIE: 'after-commit',
    });
    const event = noted('hz-crash', 1);
    await bus.db.transaction((tx) => bus.outbox.add(tx, event));
    expect(await child.exited).toBe('SIGKILL');
    expect(await effect('hz-crash')).toBe(1);

    const skipped: unknown[] = [];
    const log = () => undefined;
    const logger = {
      info: log,
      warn: log,
      error: log,
      debug: (fields: Record<string, unknown>, message: string) => {
        if (message.includes('already applied')) skipped.push(fields);
      },
      child: () => logger,
    };
    const restarted = createConsumer({
      nats: bus.nats,
      db: bus.db,
      catalog: testCatalog,
      prefix: bus.prefix,
      name: durable,
      filterSubjects: [`${bus.prefix}.hazards.>`],
      handler: countingHandler(durable),
      ackWaitMs,
      logger,
    });
    await restarted.start();
    try {
      await waitFor(() => skipped.length === 1, { timeout: 10_000 });
      const stream = bus.names.stream('hazards');
      await waitFor(
        async () => (await bus.nats.jsm.consumers.info(stream, durable)).num_ack_pending === 0,
      );
      const info = await bus.nats.jsm.consumers.info(stream, durable);
      expect(info.delivered.stream_seq).toBe(1);
      expect(info.ack_floor.stream_seq).toBe(1);
      expect(await effect('hz-crash')).toBe(1);
    } finally {
      await restarted.stop();
    }
  });
});
