import { fileURLToPath } from 'node:url';
import { createTestDatabase, testInfra, uniquePrefix, waitFor } from '@yiwang/testing';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import {
  busNames,
  connectNats,
  createOutbox,
  provisionStreams,
  type BusConnection,
} from '../../src/index.js';
import { testCatalog } from './catalog.js';

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** A fresh database with the bus tables and a test `effects` table, and a unique prefix. */
export async function setupBus(label: string, { natsUrl }: { natsUrl?: string } = {}) {
  const infra = await testInfra();
  const database = await createTestDatabase(label);
  const pool = new pg.Pool({ connectionString: database.url, max: 6 });
  const db = drizzle(pool);
  await migrate(db, { migrationsFolder });
  await pool.query(`
    create table effects (aggregate text primary key, n int not null default 0);
    create table applied (id bigserial primary key, event_id uuid not null, aggregate text not null,
                          sequence int not null, consumer text not null)`);
  const prefix = uniquePrefix(label);
  const url = natsUrl ?? infra.natsUrl;
  const nats = await connectNats({ servers: url, name: `test-${label}` });
  await provisionStreams(nats.jsm, { prefix, duplicateWindowMs: 120_000 });
  const names = busNames(prefix);
  const outbox = createOutbox({ catalog: testCatalog, prefix });
  return {
    prefix,
    names,
    natsUrl: url,
    databaseUrl: database.url,
    pool,
    db,
    nats,
    outbox,
    /** Deletes this file's streams, closes connections and drops the database. */
    async cleanup(extra: BusConnection[] = []) {
      for (const stream of [...names.contexts.map((c) => names.stream(c)), names.dlqStream]) {
        await nats.jsm.streams.delete(stream).catch(() => undefined);
      }
      for (const c of [nats, ...extra]) await c.close();
      await pool.end();
      await quiesce(infra.databaseUrl, database.name);
      await database.drop();
    },
  };
}

/**
 * Waits until no session is left on `name`: `pool.end()` resolves before its sockets close, and
 * the forced drop would then kill them mid-close with an unhandled FATAL error.
 */
async function quiesce(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
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

/** What `setupBus` returns. */
export type TestBus = Awaited<ReturnType<typeof setupBus>>;
