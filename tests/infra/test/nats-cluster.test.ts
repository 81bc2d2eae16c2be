// The hub's bus on the 3-node NATS cluster of infra/nats (issue #11): streams with 3 replicas
// (BUS_STREAM_REPLICAS=3), the real outbox relay publishing as the `hazards` user and a real
// durable consumer acking as the `credit` user, both given every server's URL. The server that
// leads the stream is killed with SIGKILL while events keep being written; delivery goes on, no
// event is lost or applied twice, and the server catches up once it is back.
import { fileURLToPath } from 'node:url';
import {
  connectNats,
  createConsumer,
  createOutbox,
  createRelay,
  provisionStreams,
  type BusConnection,
  type EventConsumer,
  type EventHandler,
  type Relay,
} from '@yiwang/bus';
import {
  catalog,
  createEvent,
  exampleData,
  hazards,
  newEventId,
  type CloudEvent,
} from '@yiwang/contracts';
import { createTestDatabase, testInfra, waitFor, type TestDatabase } from '@yiwang/testing';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_PASSWORD, startNatsCluster, type NatsCluster } from './support/nats-cluster.js';

const busMigrations = fileURLToPath(new URL('../../../packages/bus/drizzle', import.meta.url));
const STREAM = 'YIWANG_HAZARDS';
const ACCOUNT = 'YIWANG';
const CONSUMER = 'credit-cluster-test';
/**
 * How long the durable consumer may take to pull again when the server that led it died while
 * its connection stayed up: nats.js `consume()` re-pulls after two missed idle heartbeats, which
 * with the bus's pull expiry (the client default, 30 s) come every 15 s. Measured: 43 s (with a
 * 5 s expiry: 11–14 s).
 */
const CONSUMER_RECOVERY_MS = 25_000;

let cluster: NatsCluster | undefined;
let database: TestDatabase | undefined;
let pool: pg.Pool | undefined;
const connections: BusConnection[] = [];
/** The `hazards` service's connection, which also looks at the stream's state. */
let hazardsNats: BusConnection;
let relay: Relay | undefined;
let consumer: EventConsumer | undefined;

/** Applies each event as `n = n + 1` per aggregate plus one `applied` row: not idempotent, so
 * only the consumer's inbox stands between a redelivery and a double effect. */
const countingHandler: EventHandler<Record<string, never>> = async (event, { tx }) => {
  await tx.execute(sql`
    insert into effects (aggregate, n) values (${event.subject}, 1)
    on conflict (aggregate) do update set n = effects.n + 1`);
  await tx.execute(sql`insert into applied (event_id) values (${event.id})`);
};

/** Writes `hazards.hazard.reported` events, a transaction of four every 20 ms, until stopped. */
function startWriting(db: ReturnType<typeof drizzle>) {
  const outbox = createOutbox({ catalog });
  const written: CloudEvent[] = [];
  const sequences = new Map<string, number>();
  let running = true;
  const next = (aggregate: string) => {
    const sequence = (sequences.get(aggregate) ?? 0) + 1;
    sequences.set(aggregate, sequence);
    return createEvent(hazards.hazardReported, {
      id: newEventId(),
      time: new Date().toISOString(),
      subject: aggregate,
      region: '330502',
      sequence,
      data: exampleData(hazards.hazardReported),
    });
  };
  const loop = (async () => {
    for (let batch = 0; running; batch += 1) {
      const events = [0, 1, 2, 3].map((i) => next(`hz-cluster-${(batch * 4 + i) % 10}`));
      await db.transaction((tx) => outbox.add(tx, events));
      written.push(...events);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    written,
    /** Per aggregate, how many events were written. */
    perAggregate: () => new Map(sequences),
    async stop() {
      running = false;
      await loop;
    },
  };
}

const storedCount = async () => (await hazardsNats.jsm.streams.info(STREAM)).state.messages;

const appliedCount = async () =>
  (await pool!.query<{ n: number }>(`select count(*)::int as n from applied`)).rows[0]?.n ?? 0;

beforeAll(async () => {
  cluster = await startNatsCluster();
  database = await createTestDatabase('nats_cluster');
  pool = new pg.Pool({ connectionString: database.url, max: 6 });
  await migrate(drizzle(pool), { migrationsFolder: busMigrations });
  await pool.query(`
    create table effects (aggregate text primary key, n int not null);
    create table applied (id bigserial primary key, event_id uuid not null)`);
  // Each service connects as its own user of infra/nats/accounts.conf, to every server.
  const connect = async (user: string) => {
    const connection = await connectNats({
      servers: cluster!.urls,
      name: `cluster-test-${user}`,
      user,
      pass: CLUSTER_PASSWORD,
      timeoutMs: 2_000,
      reconnectTimeWaitMs: 250,
    });
    connections.push(connection);
    return connection;
  };
  hazardsNats = await connect('hazards');
  const creditNats = await connect('credit');
  await provisionStreams(hazardsNats.jsm, { replicas: 3 });
  relay = createRelay({
    pool,
    nats: hazardsNats,
    pollIntervalMs: 50,
    publishTimeoutMs: 2_000,
    maxBackoffMs: 500,
  });
  consumer = createConsumer({
    nats: creditNats,
    db: drizzle(pool),
    catalog,
    name: CONSUMER,
    filterSubjects: ['yiwang.hazards.hazard.reported.*'],
    handler: countingHandler,
    ackWaitMs: 5_000,
    backoffMs: [250, 500],
    maxDeliver: 20,
  });
  relay.start();
  await consumer.start();
}, 60_000);

afterAll(async () => {
  await consumer?.stop();
  await relay?.stop();
  for (const connection of connections) await connection.close();
  await pool?.end();
  if (database) {
    await sessionsEnded(database.name);
    await database.drop();
  }
  await cluster?.close();
});

/**
 * Waits until no session is left on the database: `pool.end()` resolves before its sockets
 * close, and the forced drop would kill them mid-close with an unhandled FATAL error.
 */
async function sessionsEnded(name: string) {
  const admin = new pg.Client({ connectionString: (await testInfra()).databaseUrl });
  await admin.connect();
  try {
    await waitFor(
      async () =>
        (await admin.query(`select 1 from pg_stat_activity where datname = $1`, [name]))
          .rowCount === 0,
      { timeout: 5_000, message: `sessions on ${name} to end` },
    );
  } finally {
    await admin.end();
  }
}

describe('the bus on a 3-node NATS cluster', () => {
  it(
    'keeps delivering, exactly once, while the stream leader is killed and restarted',
    // Usually 10–15 s; up to ~25 s when the consumer lost its leader too (CONSUMER_RECOVERY_MS).
    { timeout: 60_000 },
    async () => {
      const jsm = hazardsNats.jsm;
      const info = await jsm.streams.info(STREAM);
      expect(info.config.num_replicas).toBe(3);
      expect(info.cluster?.replicas).toHaveLength(2);

      const writer = startWriting(drizzle(pool!));
      try {
        await waitFor(async () => (await appliedCount()) >= 40, {
          timeout: 15_000,
          message: 'events to flow before the failure',
        });
        const leaderName = (await jsm.streams.info(STREAM)).cluster?.leader ?? '';
        const leader = cluster!.node(leaderName);
        const storedAtKill = await storedCount();
        const appliedAtKill = await appliedCount();
        await leader.kill();

        await waitFor(async () => (await storedCount()) >= storedAtKill + 40, {
          timeout: 15_000,
          message: 'the relay to keep publishing with the stream leader dead',
        });
        expect((await jsm.streams.info(STREAM)).cluster?.leader).not.toBe(leaderName);
        await waitFor(async () => (await appliedCount()) >= appliedAtKill + 40, {
          timeout: CONSUMER_RECOVERY_MS,
          interval: 100,
          message: 'the consumer to keep applying with the stream leader dead',
        });

        await leader.start();
        const appliedAtRestart = await appliedCount();
        await waitFor(async () => (await appliedCount()) >= appliedAtRestart + 40, {
          timeout: CONSUMER_RECOVERY_MS,
          message: 'events to flow after the restart',
        });
        await writer.stop();

        const total = writer.written.length;
        await waitFor(async () => (await appliedCount()) === total, {
          timeout: 20_000,
          interval: 100,
          message: `all ${total} events to be applied`,
        });
        const applied = await pool!.query<{ event_id: string; times: number }>(
          `select event_id, count(*)::int as times from applied group by event_id`,
        );
        expect(applied.rows.filter((r) => r.times > 1)).toEqual([]);
        expect(applied.rows.map((r) => r.event_id).sort()).toEqual(
          writer.written.map((e) => e.id).sort(),
        );
        const effects = await pool!.query<{ aggregate: string; n: number }>(
          `select aggregate, n from effects`,
        );
        expect(new Map(effects.rows.map((r) => [r.aggregate, r.n]))).toEqual(writer.perAggregate());
        // Every delivery acknowledged: nothing left to redeliver towards max_deliver and the DLQ.
        await waitFor(
          async () => {
            const state = await jsm.consumers.info(STREAM, CONSUMER);
            return state.num_ack_pending === 0 && state.num_pending === 0;
          },
          { timeout: 10_000, message: 'every event to be acknowledged' },
        );
        // Publishes retried across the failover were dropped by JetStream's de-duplication.
        expect(await storedCount()).toBe(total);
        await waitFor(async () => (await leader.localStream(ACCOUNT, STREAM))?.messages === total, {
          timeout: 20_000,
          interval: 200,
          message: `${leaderName} to catch up on its replica after the restart`,
        });
      } finally {
        await writer.stop();
      }
    },
  );
});
