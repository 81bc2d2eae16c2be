import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer, type EventConsumer } from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted, testCatalog } from './support/catalog.js';
import { startChild } from './support/child.js';
import { countingHandler } from './support/effects.js';
import { streamCount } from './support/stream.js';

let bus: TestBus;
let consumer: EventConsumer;
let stream: string;

beforeAll(async () => {
  bus = await setupBus('relay_crash');
  stream = bus.names.stream('hazards');
  consumer = createConsumer({
    nats: bus.nats,
    db: bus.db,
    catalog: testCatalog,
    prefix: bus.prefix,
    name: 'counter',
    filterSubjects: [`${bus.prefix}.hazards.>`],
    handler: countingHandler('counter'),
  });
  await consumer.start();
});

afterAll(async () => {
  await consumer.stop();
  await bus.cleanup();
});

const env = () => ({ DATABASE_URL: bus.databaseUrl, NATS_URL: bus.natsUrl });
const effect = async (aggregate: string) =>
  (await bus.pool.query<{ n: number }>(`select n from effects where aggregate = $1`, [aggregate]))
    .rows[0]?.n ?? 0;
/** Whether the relay's cursor has passed the row (the row counts as sent). */
const isSent = async (id: string) =>
  (
    await bus.pool.query<{ sent: boolean | null }>(
      `select (o.txid, o.seq) <= (c.txid, c.seq) as sent
         from bus_outbox o left join bus_relay_state c on c.name = 'outbox'
        where o.id = $1`,
      [id],
    )
  ).rows[0]?.sent === true;

describe('relay killed with SIGKILL', () => {
  it('after the commit and before publishing: a restarted relay delivers the event once', async () => {
    const event = noted('hz-kill-1', 1);
    await bus.db.transaction((tx) => bus.outbox.add(tx, event));

    const dying = startChild('relay-child.mjs', { ...env(), DIE: 'before-publish' });
    expect(await dying.exited).toBe('SIGKILL');
    expect(await streamCount(bus.nats.jsm, stream)).toBe(0);
    expect(await isSent(event.id)).toBe(false);

    const relay = startChild('relay-child.mjs', env());
    try {
      await waitFor(async () => (await effect('hz-kill-1')) === 1, { timeout: 10_000 });
      await waitFor(async () => await isSent(event.id), { timeout: 5_000 });
    } finally {
      await relay.stop();
    }
    expect(await streamCount(bus.nats.jsm, stream)).toBe(1);
    expect(await effect('hz-kill-1')).toBe(1);
  });

  it('after publishing and before advancing its cursor: the republish is dropped as a duplicate', async () => {
    const before = await streamCount(bus.nats.jsm, stream);
    const event = noted('hz-kill-2', 1);
    await bus.db.transaction((tx) => bus.outbox.add(tx, event));

    const dying = startChild('relay-child.mjs', { ...env(), DIE: 'after-publish' });
    expect(await dying.exited).toBe('SIGKILL');
    expect(await isSent(event.id)).toBe(false); // published, but the relay died before marking
    expect(await streamCount(bus.nats.jsm, stream)).toBe(before + 1);

    const relay = startChild('relay-child.mjs', env());
    try {
      await waitFor(async () => await isSent(event.id), { timeout: 10_000 });
    } finally {
      await relay.stop();
    }
    expect(await streamCount(bus.nats.jsm, stream)).toBe(before + 1); // Nats-Msg-Id dedupe
    await waitFor(async () => (await effect('hz-kill-2')) === 1, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(await effect('hz-kill-2')).toBe(1);
  });
});
