import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTBOX_CHANNEL, OutboxEventInvalidError, busOutbox } from '../src/index.js';
import { setupBus, type TestBus } from './support/bus.js';
import { noted } from './support/catalog.js';

let bus: TestBus;
let listener: pg.Client;
const notifications: string[] = [];

beforeAll(async () => {
  bus = await setupBus('outbox');
  listener = new pg.Client({ connectionString: bus.databaseUrl });
  await listener.connect();
  listener.on('notification', (n) => notifications.push(n.payload ?? ''));
  await listener.query(`listen ${OUTBOX_CHANNEL}`);
});

afterAll(async () => {
  await listener.end();
  await bus.cleanup();
});

/** Waits until notifications delivered before now have arrived (a round trip on the listener). */
async function settleNotifications() {
  await listener.query('select 1');
  await new Promise((r) => setTimeout(r, 50));
}

describe('outbox.add', () => {
  it('stores the whole event with its subject and headers', async () => {
    const event = noted('hz-store', 1);
    await bus.db.transaction((tx) => bus.outbox.add(tx, event));
    const rows = await bus.db.select().from(busOutbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: event.id,
      subject: `${bus.prefix}.hazards.hazard.noted.330502`,
      type: event.type,
      aggregateId: 'hz-store',
      payload: event,
    });
    expect(rows[0]?.headers).toEqual({ 'ce-type': event.type });
  });

  it('fails the transaction on an invalid event: neither state nor events commit', async () => {
    const bad = { ...noted('hz-bad', 1), data: { note: 42 } } as unknown as ReturnType<
      typeof noted
    >;
    const attempt = bus.db.transaction(async (tx) => {
      await tx.execute(sql`insert into effects (aggregate, n) values ('hz-bad', 1)`);
      await bus.outbox.add(tx, [noted('hz-bad', 1), bad]);
    });
    await expect(attempt).rejects.toBeInstanceOf(OutboxEventInvalidError);
    await expect(attempt).rejects.toMatchObject({ index: 1 });
    const effects = await bus.pool.query(`select * from effects where aggregate = 'hz-bad'`);
    const outbox = await bus.pool.query(`select * from bus_outbox where aggregate_id = 'hz-bad'`);
    expect(effects.rowCount).toBe(0);
    expect(outbox.rowCount).toBe(0);
  });

  it('wakes a listening relay with one NOTIFY per transaction, however many adds', async () => {
    await relayListens(true);
    await settleNotifications();
    notifications.length = 0;
    await bus.db.transaction(async (tx) => {
      await bus.outbox.add(tx, noted('hz-n1', 1));
      await bus.outbox.add(tx, [noted('hz-n1', 2), noted('hz-n2', 1)]);
      await bus.outbox.add(tx, noted('hz-n3', 1));
    });
    await settleNotifications();
    expect(notifications).toEqual(['wake']);

    await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-n4', 1)));
    await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-n5', 1)));
    await bus.db
      .transaction(async (tx) => {
        await bus.outbox.add(tx, noted('hz-n6', 1));
        tx.rollback();
      })
      .catch(() => undefined);
    await settleNotifications();
    expect(notifications).toEqual(['wake', 'wake', 'wake']);
  });

  it('sends no NOTIFY while the relay is busy draining, or has never run', async () => {
    await relayListens(false);
    await settleNotifications();
    notifications.length = 0;
    await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-busy', 1)));
    await bus.pool.query(`delete from bus_relay_state`);
    await bus.db.transaction((tx) => bus.outbox.add(tx, noted('hz-busy', 2)));
    await settleNotifications();
    expect(notifications).toEqual([]);
    const stored = await bus.pool.query(`select 1 from bus_outbox where aggregate_id = 'hz-busy'`);
    expect(stored.rowCount).toBe(2);
  });
});

describe('outbox.parts', () => {
  it('lets a use case write its state, the events and the wake-up in one statement', async () => {
    await relayListens(true);
    await settleNotifications();
    notifications.length = 0;
    const event = noted('hz-parts', 1);
    const { insert, wake } = bus.outbox.parts(bus.db, [event]);
    await bus.db.execute(
      sql`with state as (insert into effects (aggregate, n) values ('hz-parts', 1)),
               events as ${insert}
          ${wake}`,
    );
    await settleNotifications();
    expect(notifications).toEqual(['wake']);
    const effects = await bus.pool.query(`select n from effects where aggregate = 'hz-parts'`);
    const stored = await bus.pool.query(`select id from bus_outbox where id = $1`, [event.id]);
    expect([effects.rowCount, stored.rowCount]).toEqual([1, 1]);
    const bad = { ...noted('hz-parts', 2), data: { note: 42 } } as unknown as typeof event;
    expect(() => bus.outbox.parts(bus.db, [bad])).toThrow(OutboxEventInvalidError);
  });
});

/** Sets the flag a relay keeps in `bus_relay_state`: listening for a NOTIFY, or busy. */
async function relayListens(listening: boolean) {
  await bus.pool.query(
    `insert into bus_relay_state (name, txid, seq, listening) values ('outbox', '0', 0, $1)
     on conflict (name) do update set listening = excluded.listening`,
    [listening],
  );
}
