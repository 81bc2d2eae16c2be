// A throwaway database with the bus tables and two stream sets (one for the raw baseline, one
// for the relay), provisioned exactly as services provision theirs.
import { fileURLToPath } from 'node:url';
import { busNames, connectNats, provisionStreams, type BusConnection } from '@yiwang/bus';
import { createTestDatabase, testInfra, uniquePrefix } from '@yiwang/testing';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

const migrationsFolder = fileURLToPath(new URL('../../packages/bus/drizzle', import.meta.url));

export interface BenchEnv {
  pool: pg.Pool;
  databaseUrl: string;
  db: ReturnType<typeof drizzle>;
  nats: BusConnection;
  rawPrefix: string;
  relayPrefix: string;
  cleanup(): Promise<void>;
}

export async function setup(): Promise<BenchEnv> {
  const { natsUrl } = await testInfra();
  const database = await createTestDatabase('bench_outbox');
  const pool = new pg.Pool({ connectionString: database.url, max: 12 });
  const db = drizzle(pool);
  await migrate(db, { migrationsFolder });
  const nats = await connectNats({ servers: natsUrl, name: 'bench-outbox' });
  const rawPrefix = uniquePrefix('raw');
  const relayPrefix = uniquePrefix('relay');
  for (const prefix of [rawPrefix, relayPrefix]) await provisionStreams(nats.jsm, { prefix });
  return {
    pool,
    databaseUrl: database.url,
    db,
    nats,
    rawPrefix,
    relayPrefix,
    async cleanup() {
      for (const prefix of [rawPrefix, relayPrefix]) {
        const names = busNames(prefix);
        for (const stream of [...names.contexts.map((c) => names.stream(c)), names.dlqStream]) {
          await nats.jsm.streams.delete(stream).catch(() => undefined);
        }
      }
      await nats.close();
      await pool.end();
      await database.drop();
    },
  };
}
