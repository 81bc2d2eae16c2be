import { waitFor } from '@yiwang/testing';
import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsumer, createRelay, type Relay } from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted, testCatalog } from './support/catalog.js';
import { countingHandler } from './support/effects.js';
import {
  countingPublishes,
  inAggregateOrder,
  streamCount,
  streamEvents,
} from './support/stream.js';

let bus: TestBus;
let stream: string;

beforeAll(async () => {
  bus = await setupBus('relay');
  stream = bus.names.stream('hazards');
});
afterAll(() => bus.cleanup());

const listening = async () =>
  (await bus.pool.query<{ listening: boolean }>(`select listening from bus_relay_state`)).rows[0]
    ?.listening;

describe('relay', () => {
  it('never skips a row whose transaction commits after a later one', async () => {
    const relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 50 });
    relay.start();
    const early = await bus.pool.connect();
    const late = await bus.pool.connect();
    try {
      const first = noted('hz-ooo', 1);
      const second = noted('hz-ooo-2', 1);
      await early.query('begin');
      await bus.outbox.add(drizzle(early), first); // lower txid and seq, still open
      await late.query('begin');
      await bus.outbox.add(drizzle(late), second);
      await late.query('commit');
      await new Promise((r) => setTimeout(r, 600)); // a dozen relay polls
      expect(await streamCount(bus.nats.jsm, stream)).toBe(0);

      await early.query('commit');
      await waitFor(async () => (await streamCount(bus.nats.jsm, stream)) === 2, {
        timeout: 10_000,
      });
      const ids = (await streamEvents(bus.nats.jsm, stream)).map((e) => e.id);
      expect(ids).toEqual([first.id, second.id]);
    } finally {
      early.release();
      late.release();
      await relay.stop();
    }
  });

  it('wakes on NOTIFY when idle, and polls briefly while an unrelated transaction holds rows back', async () => {
    const relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 10_000 });
    relay.start();
    const other = await bus.pool.connect();
    try {
      // Idle means nothing held back: under load, other databases' open transactions (txids are
      // cluster-wide) can hold the file's earlier rows back for a while.
      await waitFor(async () => (await listening()) === true, { timeout: 20_000 });
      const before = await streamCount(bus.nats.jsm, stream);
      const start = Date.now();
      await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-wake', 1)));
      await waitFor(async () => (await streamCount(bus.nats.jsm, stream)) === before + 1, {
        timeout: 2_000,
        message: 'the NOTIFY to wake the relay long before its 10 s poll',
      });

      // An older transaction that writes no event (so sends no NOTIFY) holds the row back.
      await other.query('begin');
      await other.query('select pg_current_xact_id()');
      await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-wake', 2)));
      await new Promise((r) => setTimeout(r, 200));
      expect(await streamCount(bus.nats.jsm, stream)).toBe(before + 1);
      await other.query('commit');
      await waitFor(async () => (await streamCount(bus.nats.jsm, stream)) === before + 2, {
        timeout: 2_000,
        message: 'the held-back row to go out without a NOTIFY, long before the 10 s poll',
      });
      expect(Date.now() - start).toBeLessThan(5_000);
    } finally {
      other.release();
      await relay.stop();
    }
  });

  it('publishes the events of one transaction in their order, past nine of them', async () => {
    const before = await streamCount(bus.nats.jsm, stream);
    const relay = createRelay({ pool: bus.pool, nats: bus.nats, pollIntervalMs: 50 });
    relay.start();
    try {
      const events = Array.from({ length: 12 }, (_, i) => noted('hz-dozen', i + 1));
      await bus.db.transaction((tx) => bus.outbox.add(tx, events));
      await waitFor(async () => (await streamCount(bus.nats.jsm, stream)) === before + 12, {
        timeout: 10_000,
      });
      const published = (await streamEvents(bus.nats.jsm, stream)).slice(before);
      // Sorting positions as text would put sequence 10 right after 1.
      expect(published.map((e) => e.sequence)).toEqual(events.map((e) => e.sequence));
    } finally {
      await relay.stop();
    }
  });

  it('with two relays, publishes each row once and keeps per-aggregate order', async () => {
    const before = await streamCount(bus.nats.jsm, stream);
    const publishes = new Map<string, number>();
    const relays: Relay[] = [1, 2].map(() =>
      createRelay({
        pool: bus.pool,
        nats: countingPublishes(bus.nats, publishes),
        pollIntervalMs: 50,
        batchSize: 40,
      }),
    );
    relays.forEach((r) => r.start());
    const consumer = createConsumer({
      nats: bus.nats,
      db: bus.db,
      catalog: testCatalog,
      prefix: bus.prefix,
      name: 'two-relays',
      filterSubjects: [`${bus.prefix}.hazards.>`],
      handler: countingHandler('two-relays'),
      ackWaitMs: 5_000,
    });
    await consumer.start();
    const aggregates = Array.from({ length: 20 }, (_, i) => `hz-pair-${i}`);
    const write = async (from: number, to: number) => {
      for (let seq = from; seq <= to; seq += 1) {
        await bus.db.transaction((tx) =>
          bus.outbox.add(
            tx,
            aggregates.map((a) => noted(a, seq)),
          ),
        );
      }
    };
    try {
      await write(1, 12);
      const leader = await waitFor(() => relays.find((r) => r.isLeader()), { timeout: 5_000 });
      expect(relays.filter((r) => r.isLeader())).toHaveLength(1);
      await leader.stop(); // the standby takes over
      await write(13, 25);
      await waitFor(async () => (await streamCount(bus.nats.jsm, stream)) === before + 500, {
        timeout: 20_000,
      });
      expect([...publishes.values()].every((n) => n === 1)).toBe(true);
      expect(publishes.size).toBe(500);
      const events = (await streamEvents(bus.nats.jsm, stream)).slice(before);
      expect(inAggregateOrder(events)).toBe(true);

      await waitFor(
        async () =>
          (await bus.pool.query(`select 1 from applied where aggregate like 'hz-pair-%'`))
            .rowCount === 500,
        { timeout: 20_000 },
      );
      const { rows } = await bus.pool.query<{ n: number }>(
        `select n from effects where aggregate like 'hz-pair-%'`,
      );
      expect(rows.map((r) => r.n)).toEqual(Array(20).fill(25));
      const applied = await bus.pool.query<{ aggregate: string; sequence: number }>(
        `select aggregate as subject, sequence from applied
          where aggregate like 'hz-pair-%' order by id`,
      );
      expect(inAggregateOrder(applied.rows as never)).toBe(true);
    } finally {
      await consumer.stop();
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('deletes sent outbox rows and inbox rows past their retentions, and nothing younger', async () => {
    const old = noted('hz-retained', 1);
    const young = noted('hz-retained', 2);
    await bus.db.transaction((tx) => bus.outbox.add(tx, [old, young]));
    await bus.pool.query(
      `update bus_outbox set created_at = now() - interval '2 hours' where id = $1`,
      [old.id],
    );
    await bus.pool.query(
      `insert into bus_inbox (consumer, event_id, processed_at)
       values ('retention', $1, now() - interval '2 days'), ('retention', $2, now())`,
      [old.id, young.id],
    );
    const relay = createRelay({
      pool: bus.pool,
      nats: bus.nats,
      pollIntervalMs: 50,
      retentionMs: 3_600_000,
      inboxRetentionMs: 86_400_000,
      // Often: the first run may come before the rows are readable (another database's open
      // transaction holds back the snapshot's xmin; xids are cluster-wide).
      retentionIntervalMs: 50,
    });
    relay.start();
    const ids = async (table: string, column: string) =>
      (
        await bus.pool.query<{ id: string }>(
          `select ${column} as id from ${table} where ${column} = any($1::uuid[])`,
          [[old.id, young.id]],
        )
      ).rows.map((r) => r.id);
    try {
      // Outbox and inbox are pruned by separate statements: wait for both.
      const pruned = async () =>
        (await ids('bus_outbox', 'id')).length === 1 &&
        (await ids('bus_inbox', 'event_id')).length === 1;
      await waitFor(pruned, { timeout: 15_000 });
      expect(await ids('bus_outbox', 'id')).toEqual([young.id]);
      expect(await ids('bus_inbox', 'event_id')).toEqual([young.id]);
    } finally {
      await relay.stop();
    }
  });
});
