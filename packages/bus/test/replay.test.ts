import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimAggregateVersion,
  createConsumer,
  createRelay,
  provisionStreams,
  type EventConsumer,
  type Relay,
} from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted, testCatalog } from './support/catalog.js';
import { countingHandler } from './support/effects.js';
import { streamCount } from './support/stream.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let bus: TestBus;
let relay: Relay;
let consumer: EventConsumer;
let stream: string;

beforeAll(async () => {
  bus = await setupBus('replay');
  stream = bus.names.stream('hazards');
  relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 50 });
  relay.start();
  consumer = createConsumer({
    nats: bus.nats,
    db: bus.db,
    catalog: testCatalog,
    prefix: bus.prefix,
    name: 'replayed',
    filterSubjects: [`${bus.prefix}.hazards.>`],
    handler: countingHandler('replayed'),
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer.stop();
  await relay.stop();
  await bus.cleanup();
});

async function replayCli(from: Date, to: Date) {
  const args = ['replay', '--database-url', bus.databaseUrl, '--nats-url', bus.natsUrl];
  const range = ['--from', from.toISOString(), '--to', to.toISOString()];
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args, ...range]);
  return JSON.parse(stdout) as { published: number; duplicates: number };
}

const applied = async () =>
  (await bus.pool.query<{ n: number }>(`select coalesce(sum(n), 0)::int as n from effects`)).rows[0]
    ?.n;

describe('yiwang-bus replay', () => {
  it('restores events a stream lost, and consumers apply nothing twice', async () => {
    const start = new Date(Date.now() - 1_000);
    await bus.db.transaction((tx) =>
      bus.outbox.add(
        tx,
        [1, 2, 3, 4, 5].map((seq) => noted('hz-replay', seq)),
      ),
    );
    await waitFor(async () => (await applied()) === 5, { timeout: 10_000 });

    // The broker loses its data (a single node acks before fsync, ARCHITECTURE.md §4).
    await bus.nats.jsm.streams.delete(stream);
    await provisionStreams(bus.nats.jsm, { prefix: bus.prefix });
    expect(await streamCount(bus.nats.jsm, stream)).toBe(0);

    const end = new Date(Date.now() + 1_000);
    expect(await replayCli(start, end)).toEqual({ published: 5, duplicates: 0 });
    expect(await streamCount(bus.nats.jsm, stream)).toBe(5);
    // The consumer comes back by itself on the new stream, redelivery is skipped by the inbox.
    await waitFor(
      async () => {
        const info = await bus.nats.jsm.consumers.info(stream, 'replayed');
        return info.ack_floor.stream_seq === 5;
      },
      { timeout: 15_000, interval: 200 },
    );
    expect(await applied()).toBe(5);

    expect(await replayCli(start, end)).toEqual({ published: 5, duplicates: 5 });
    expect(await streamCount(bus.nats.jsm, stream)).toBe(5);
  });
});

describe('claimAggregateVersion', () => {
  it('lets a projection ignore stale and repeated events of an aggregate', async () => {
    const claim = (sequence: number) =>
      bus.db.transaction((tx) =>
        claimAggregateVersion(tx, 'summary', { subject: 'hz-proj', sequence }),
      );
    expect(await claim(1)).toBe(true);
    expect(await claim(3)).toBe(true);
    expect(await claim(2)).toBe(false);
    expect(await claim(3)).toBe(false);
    expect(await claimAggregateVersion(bus.db, 'other', { subject: 'hz-proj', sequence: 2 })).toBe(
      true,
    );
  });
});
