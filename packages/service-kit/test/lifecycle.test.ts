import { randomUUID } from 'node:crypto';
import { connect as tcpConnect } from 'node:net';
import { testInfra, uniquePrefix, waitFor } from '@yiwang/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnExample } from './fixtures/child-service.js';
import { HS256_SECRET } from './fixtures/keys.js';
import { startOtlpReceiver } from './fixtures/otlp-receiver.js';

let adminUrl: string;
let natsUrl: string;
const databaseName = uniquePrefix('kit_life');

beforeAll(async () => {
  ({ databaseUrl: adminUrl, natsUrl } = await testInfra());
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(
    `drop database if exists ${client.escapeIdentifier(databaseName)} with (force)`,
  );
  await client.end();
});

const refused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = tcpConnect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve('connected')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });

describe('runService', () => {
  it('drains an in-flight request on SIGTERM, closes dependencies in reverse order and exits 0', async () => {
    const otlp = await startOtlpReceiver();
    const url = new URL(adminUrl);
    url.pathname = `/${databaseName}`;
    const service = spawnExample({
      DATABASE_URL: url.toString(),
      NATS_URL: natsUrl,
      JWT_HS256_SECRET: HS256_SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
    });
    try {
      const listening = await service.waitForLine((line) => line['msg'] === 'listening');
      const { port } = listening['address'] as { port: number };
      const base = `http://127.0.0.1:${port}`;
      const traceId = randomUUID().replaceAll('-', '');
      const traceparent = `00-${traceId}-00f067aa0ba902b7-01`;
      expect(
        (await fetch(`${base}/items/${randomUUID()}`, { headers: { traceparent } })).status,
      ).toBe(404);

      let finished = false;
      const slow = fetch(`${base}/slow?ms=1500`).finally(() => (finished = true));
      slow.catch(() => undefined); // asserted below; keeps a failure from going unhandled
      await service.waitForLine((line) => line['msg'] === 'slow request started');
      const signalled = Date.now();
      service.process.kill('SIGTERM');
      await waitFor(async () => (await refused(port)) === 'ECONNREFUSED', {
        timeout: 1000,
        interval: 20,
      });
      expect(finished).toBe(false);

      const response = await slow;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
      expect(await service.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(1000);

      const closed = service.lines
        .filter((line) => line['msg'] === 'closed')
        .map((line) => line['closer']);
      expect(closed).toEqual(['http', 'nats', 'database', 'telemetry']);
      const traced = otlp.spans.filter((span) => span.traceId === traceId).map((span) => span.name);
      expect(traced).toContain('GET /items/:id');
      expect(traced.some((name) => name.startsWith('pg.query'))).toBe(true);
    } finally {
      service.process.kill('SIGKILL');
      await otlp.close();
    }
  });

  it('prints every configuration problem and exits 1', async () => {
    const service = spawnExample({ PORT: 'eighty', LOG_LEVEL: 'chatty', EXAMPLE_MAX_ITEMS: '-1' });
    expect(await service.exited).toBe(1);
    const stderr = service.stderr();
    for (const name of [
      'PORT',
      'LOG_LEVEL',
      'EXAMPLE_MAX_ITEMS',
      'DATABASE_URL',
      'JWT_HS256_SECRET',
    ]) {
      expect(stderr).toMatch(new RegExp(`^  - ${name}`, 'm'));
    }
    expect(service.lines).toEqual([]);
  });
});
