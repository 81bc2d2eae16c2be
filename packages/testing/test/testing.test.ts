import { connect } from '@nats-io/transport-node';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  captureEvents,
  createTestDatabase,
  reachable,
  startNatsServer,
  startTcpProxy,
  testInfra,
  uniquePrefix,
  waitFor,
  WaitTimeoutError,
} from '../src/index.js';

async function queryOne(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: unknown }>(sql);
    return rows[0]?.v;
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('gives each caller its own empty database and drops it', async () => {
    const [a, b] = await Promise.all([createTestDatabase('x'), createTestDatabase('x')]);
    expect(a.name).not.toBe(b.name);
    expect(await queryOne(a.url, 'select current_database() as v')).toBe(a.name);
    await a.drop();
    await b.drop();
    const { databaseUrl } = await testInfra();
    expect(
      await queryOne(
        databaseUrl,
        `select count(*)::int as v from pg_database where datname = '${a.name}'`,
      ),
    ).toBe(0);
  });
});

describe('startNatsServer', () => {
  it('stops and comes back on the same port', async () => {
    const server = await startNatsServer();
    try {
      expect(await reachable(server.url)).toBe(true);
      await server.stop();
      expect(await reachable(server.url)).toBe(false);
      await server.start();
      expect(await reachable(server.url)).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('startTcpProxy', () => {
  it('forwards to PostgreSQL and cuts it when paused', async () => {
    const { databaseUrl } = await testInfra();
    const target = new URL(databaseUrl);
    const proxy = await startTcpProxy(target.hostname, Number(target.port));
    afterAll(() => proxy.close());
    expect(await queryOne(proxy.url(databaseUrl), 'select 1 as v')).toBe(1);
    await proxy.pause();
    await expect(queryOne(proxy.url(databaseUrl), 'select 1 as v')).rejects.toThrow();
    await proxy.resume();
    expect(await queryOne(proxy.url(databaseUrl), 'select 2 as v')).toBe(2);
  });
});

describe('captureEvents and waitFor', () => {
  it('records matching events and times out with a message', async () => {
    const { natsUrl } = await testInfra();
    const nc = await connect({ servers: natsUrl });
    const prefix = uniquePrefix('capture');
    const capture = await captureEvents(nc, `${prefix}.>`, (e) => e.event.type !== 'skip');
    nc.publish(`${prefix}.a`, JSON.stringify({ id: '1', type: 'keep', subject: 's', data: {} }));
    nc.publish(`${prefix}.b`, JSON.stringify({ id: '2', type: 'skip', subject: 's', data: {} }));
    nc.publish(`${prefix}.c`, JSON.stringify({ id: '3', type: 'keep', subject: 's', data: {} }));
    const events = await capture.waitForCount(2);
    expect(events.map((e) => e.event.id)).toEqual(['1', '3']);
    await expect(capture.waitForCount(3, 200)).rejects.toBeInstanceOf(WaitTimeoutError);
    await capture.stop();
    await nc.close();
  });

  it('returns the first truthy value', async () => {
    let n = 0;
    expect(await waitFor(() => ++n >= 3 && n, { interval: 1 })).toBe(3);
  });
});
