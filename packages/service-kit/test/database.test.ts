import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  startTcpProxy,
  testInfra,
  uniquePrefix,
  waitFor,
  type TcpProxy,
  type TestDatabase,
} from '@yiwang/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectDatabase,
  createLogger,
  ensureDatabase,
  migrateDatabase,
  retryWhileUnreachable,
  startTelemetry,
  type Telemetry,
} from '../src/index.js';
import { migrationsFolder } from './fixtures/paths.js';
import { startExample, type RunningExample } from './fixtures/harness.js';

const logger = createLogger({ name: 'db-test', level: 'silent' });
let adminUrl: string;

beforeAll(async () => {
  adminUrl = (await testInfra()).databaseUrl;
});

function urlFor(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const dropDatabase = (name: string) =>
  admin((client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );

describe('ensureDatabase', () => {
  it('creates a missing database once, quoting its name, even when replicas race', async () => {
    const name = `${uniquePrefix('kit_ensure')}-Odd"Name`;
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => ensureDatabase(urlFor(name))));
      expect(results.filter((result) => result.created)).toHaveLength(1);
      expect(await ensureDatabase(urlFor(name))).toEqual({ created: false });
      const rows = await admin((client) =>
        client.query('select 1 from pg_database where datname = $1', [name]),
      );
      expect(rows.rowCount).toBe(1);
    } finally {
      await dropDatabase(name);
    }
  });

  it('waits for an unreachable server when wrapped in retryWhileUnreachable', async () => {
    const name = uniquePrefix('kit_retry');
    const target = new URL(adminUrl);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    try {
      await proxy.pause();
      const url = proxy.url(urlFor(name));
      await expect(ensureDatabase(url)).rejects.toThrow(/could not ensure database/);
      const pending = retryWhileUnreachable(() => ensureDatabase(url), {
        logger,
        what: 'ensure',
        initialDelayMs: 50,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await proxy.resume();
      await expect(pending).resolves.toEqual({ created: true });
    } finally {
      await proxy.close();
      await dropDatabase(name);
    }
  });
});

describe('migrateDatabase', () => {
  it('applies each migration exactly once when replicas migrate concurrently', async () => {
    const database = await createTestDatabase('kit_migrate');
    const replicas = await Promise.all(
      [1, 2, 3, 4].map(() => connectDatabase(database.url, { logger })),
    );
    try {
      await Promise.all(replicas.map((replica) => migrateDatabase(replica.db, migrationsFolder)));
      await migrateDatabase(replicas[0]!.db, migrationsFolder);
      const applied = await replicas[0]!.pool.query(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      expect(applied.rows[0]).toEqual({ n: 1 });
      const table = await replicas[0]!.pool.query("select to_regclass('public.items') as t");
      expect(table.rows[0]).toEqual({ t: 'items' });
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await database.drop();
    }
  });
});

describe('a route that queries while the database is down', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let telemetry: Telemetry;
  let example: RunningExample;

  beforeAll(async () => {
    database = await createTestDatabase('kit_dbdown');
    const target = new URL(database.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    telemetry = startTelemetry({ serviceName: 'example-dbdown' });
    example = await startExample({
      databaseUrl: proxy.url(database.url),
      natsUrl: (await testInfra()).natsUrl,
      telemetry,
    });
  });

  afterAll(async () => {
    await example?.close();
    await telemetry?.shutdown();
    await proxy?.close();
    await database?.drop();
  });

  it('answers 503 with Retry-After, never 500, and recovers', async () => {
    const url = `/items/${randomUUID()}`;
    expect((await example.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    await proxy.pause();
    for (const request of [
      { method: 'GET' as const, url },
      { method: 'POST' as const, url: '/items', payload: { name: 'n', quantity: 1 } },
    ]) {
      const response = await example.app.inject(request);
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'SERVICE.UNAVAILABLE', status: 503 });
      expect(response.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    }
    await proxy.resume();
    await waitFor(
      async () => (await example.app.inject({ method: 'GET', url })).statusCode === 404,
      { timeout: 5000 },
    );
  });
});
