import {
  createTestDatabase,
  startNatsServer,
  startTcpProxy,
  waitFor,
  type PrivateNatsServer,
  type TcpProxy,
  type TestDatabase,
} from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry, type Telemetry } from '../src/index.js';
import { startExample, type RunningExample } from './fixtures/harness.js';

let database: TestDatabase;
let proxy: TcpProxy;
let nats: PrivateNatsServer;
let telemetry: Telemetry;
let example: RunningExample;

beforeAll(async () => {
  database = await createTestDatabase('kit_ready');
  const target = new URL(database.url);
  proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
  nats = await startNatsServer({ jetstream: false });
  telemetry = startTelemetry({ serviceName: 'example-ready' });
  example = await startExample({
    databaseUrl: proxy.url(database.url),
    natsUrl: nats.url,
    telemetry,
  });
});

afterAll(async () => {
  await example?.close();
  await telemetry?.shutdown();
  await nats?.close();
  await proxy?.close();
  await database?.drop();
});

const readyz = async () => {
  const response = await example.app.inject({ method: 'GET', url: '/readyz' });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: response.json<Record<string, unknown>>(),
  };
};

describe('/healthz and /readyz', () => {
  it('reports the process alive and both dependencies up', async () => {
    const health = await example.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok' });
    expect(await readyz()).toMatchObject({
      status: 200,
      body: { status: 'ready', checks: { database: 'up', nats: 'up' } },
    });
  });

  it('turns 503 while PostgreSQL is unreachable and recovers when it is back', async () => {
    await proxy.pause();
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body).toMatchObject({
      code: 'SERVICE.NOT_READY',
      checks: { database: 'down', nats: 'up' },
    });
    expect(down.body['detail']).toContain('database');
    expect((await example.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await proxy.resume();
    await waitFor(async () => (await readyz()).status === 200, { timeout: 5000, interval: 100 });
  });

  it('turns 503 while NATS is unreachable and recovers when it is back', async () => {
    await nats.stop();
    const down = await waitFor(
      async () => {
        const answer = await readyz();
        return answer.status === 503 ? answer : undefined;
      },
      { timeout: 5000, interval: 100 },
    );
    expect(down.body).toMatchObject({ checks: { database: 'up', nats: 'down' } });
    await nats.start();
    const up = await waitFor(
      async () => {
        const answer = await readyz();
        return answer.status === 200 ? answer : undefined;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(up.body).toMatchObject({ checks: { database: 'up', nats: 'up' } });
  });
});

describe('shutdown', () => {
  it('answers 503 to new requests once close began, while in-flight requests finish', async () => {
    const slow = example.app.inject({ method: 'GET', url: '/slow?ms=400' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = example.app.close();
    const ready = await readyz();
    expect(ready.status).toBe(503);
    expect(ready.headers['connection']).toBe('close');
    // The shutdown gate or /readyz itself answers, depending on when preClose runs: both 503.
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.body['code']).toMatch(/^SERVICE\.(UNAVAILABLE|NOT_READY)$/);
    const finished = await slow;
    expect(finished.statusCode).toBe(200);
    expect(finished.json()).toEqual({ ok: true });
    await closing;
  });
});
