// POST /v1/readings: per-item rejection with index and reason, idempotent repeats, NDJSON,
// gateway authentication and ownership, and the downsampled series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, call, gateway, ingest, post, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
let key: string;
let otherKey: string;
const ACME = uscc(701);
const OTHER = uscc(702);

beforeAll(async () => {
  // One statement in flight: concurrent batches must share statements (group commit). This
  // file runs the asynchronously committed statement; the other files the default one.
  svc = await startIot({ env: { IOT_WRITE_CONCURRENCY: '1', IOT_READINGS_ASYNC_COMMIT: 'true' } });
  key = await gateway(svc, 'gw-a', ACME);
  otherKey = await gateway(svc, 'gw-b', OTHER);
  for (let i = 0; i < 10; i++)
    await sensor(svc, `t-${i}`, 'gw-a', {
      kind: 'temperature',
      unit: 'celsius',
      limits: { high: 80 },
    });
  await sensor(svc, 'foreign-1', 'gw-b');
});
afterAll(async () => {
  await svc.close();
});

describe('a 5,000-item batch with 10 bad items', () => {
  it('stores 4,990 and reports the 10 by index and reason; a repeat stores nothing', async () => {
    const readings: Record<string, unknown>[] = [];
    for (let i = 0; i < 5000; i++) {
      readings.push({
        sensorId: `t-${i % 10}`,
        ts: at(svc, -3600 + Math.floor(i / 10)),
        value: 20 + (i % 7) / 10,
      });
    }
    const bad: [number, Record<string, unknown>, string][] = [
      [3, { sensorId: 'nope' }, 'sensor-unknown'],
      [17, { sensorId: 'foreign-1' }, 'sensor-foreign'],
      [250, { ts: at(svc, 3600) }, 'ts-in-future'],
      [999, { ts: '2026-03-02 01:00:00' }, 'ts-invalid'],
      [1000, { ts: '2024-01-01T00:00:00Z' }, 'ts-too-old'],
      [2048, { value: null }, 'value-not-finite'],
      [3001, { value: 'NaN' }, 'value-not-finite'],
      [4000, { ts: '2026-02-30T00:00:00Z' }, 'ts-invalid'],
      [4500, { sensorId: 'foreign-1', value: 1 }, 'sensor-foreign'],
      [4999, { value: 'Infinity' }, 'value-not-finite'],
    ];
    for (const [index, patch] of bad) readings[index] = { ...readings[index], ...patch };
    const first = await ingest(svc, key, readings);
    expect(first).toEqual({
      accepted: 4990,
      stored: 4990,
      duplicates: 0,
      rejected: bad.map(([index, , reason]) => ({ index, reason })),
    });
    const again = await ingest(svc, key, readings);
    expect(again).toMatchObject({ accepted: 4990, stored: 0, duplicates: 4990 });
    const count = await svc.deps.database.pool.query('select count(*)::int as n from readings');
    expect(count.rows[0]).toEqual({ n: 4990 });
  });
});

describe('gateways', () => {
  it('a gateway may post only for its own sensors', async () => {
    const out = await ingest(svc, otherKey, [
      { sensorId: 't-1', ts: at(svc, -10), value: 1 },
      { sensorId: 'foreign-1', ts: at(svc, -10), value: 1 },
    ]);
    expect(out).toMatchObject({
      accepted: 1,
      stored: 1,
      rejected: [{ index: 0, reason: 'sensor-foreign' }],
    });
  });

  it('without a valid key the batch is refused with 401', async () => {
    const reading = [{ sensorId: 't-1', ts: at(svc, -5), value: 1 }];
    // Accepted first, so the key is the one remembered with the cached gateway: a tampered
    // key with the same id is still refused.
    expect((await post(svc, key, reading)).statusCode).toBe(200);
    expect((await post(svc, undefined, reading)).statusCode).toBe(401);
    expect((await post(svc, key.slice(0, -2) + 'xx', reading)).statusCode).toBe(401);
    expect((await post(svc, 'garbage', reading)).statusCode).toBe(401);
  });

  it('a rotated key replaces the old one', async () => {
    const rotated = await call(svc, 'POST', '/v1/gateways/gw-b/key', undefined, {
      roles: ['enterprise'],
      dept: OTHER,
    });
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json<{ apiKey: string }>().apiKey;
    expect(fresh).not.toBe(otherKey);
    const out = await ingest(svc, fresh, [{ sensorId: 'foreign-1', ts: at(svc, -4), value: 2 }]);
    expect(out.stored).toBe(1);
  });

  it('an enterprise cannot register a gateway for another one', async () => {
    const res = await call(
      svc,
      'PUT',
      '/v1/gateways/gw-x',
      { uscc: ACME, name: 'x', region: '330502' },
      { roles: ['enterprise'], dept: OTHER },
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('NDJSON and repeats', () => {
  it('rejects an unreadable line by its index and stores the others', async () => {
    const res = await post(
      svc,
      key,
      [
        { sensorId: 't-2', ts: at(svc, -100), value: 1.5 },
        '{"sensorId": "t-2", "ts": ',
        { sensorId: 't-2', ts: at(svc, -99), value: 1.6, extra: true },
        { sensorId: 't-2', ts: at(svc, -98), value: 1.7 },
      ],
      true,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      accepted: 2,
      stored: 2,
      duplicates: 0,
      rejected: [
        { index: 1, reason: 'item-malformed' },
        { index: 2, reason: 'item-malformed' },
      ],
    });
  });

  it('a re-stamped retransmission (old seq, new ts) is a repeat; a reset counter is not', async () => {
    await ingest(svc, key, [{ sensorId: 't-3', ts: at(svc, -50), value: 1, seq: 500_000 }]);
    const repeat = await ingest(svc, key, [
      { sensorId: 't-3', ts: at(svc, -49), value: 1, seq: 500_000 },
    ]);
    expect(repeat).toMatchObject({ accepted: 1, stored: 0, duplicates: 1 });
    const reset = await ingest(svc, key, [{ sensorId: 't-3', ts: at(svc, -48), value: 1, seq: 1 }]);
    expect(reset).toMatchObject({ stored: 1, duplicates: 0 });
  });

  it('more than the maximum batch is a 400', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({
      sensorId: 't-1',
      ts: at(svc, -i),
      value: 1,
    }));
    expect((await post(svc, key, many)).statusCode).toBe(400);
    expect((await post(svc, key, many, true)).statusCode).toBe(400);
    expect((await post(svc, key, [])).statusCode).toBe(400);
  });
});

describe('group commit', () => {
  it('concurrent batches of several gateways share statements and keep their own counts', async () => {
    const gw3 = await gateway(svc, 'gw-c', ACME);
    await sensor(svc, 'c-1', 'gw-c', { kind: 'flow', unit: 'm3-per-h' });
    const gw4 = await gateway(svc, 'gw-d', ACME);
    await sensor(svc, 'd-1', 'gw-d', { kind: 'level', unit: 'm' });
    const batch = (sensorId: string, from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({ sensorId, ts: at(svc, from + i), value: i }));
    // Each request repeats half of the one before it of the same gateway.
    const requests = [];
    for (let k = 0; k < 6; k++) {
      requests.push(ingest(svc, key, batch('t-5', -2000 + k * 10, 20)));
      requests.push(ingest(svc, gw3, batch('c-1', -2000 + k * 10, 20)));
      requests.push(ingest(svc, gw4, batch('d-1', -2000 + k * 10, 20)));
    }
    const outcomes = await Promise.all(requests);
    // Per gateway, 70 distinct readings were posted (20, then 10 new per request, in whatever
    // order the requests ran): a count given to the wrong request would change the sums.
    for (const g of [0, 1, 2]) {
      const mine = outcomes.filter((_, i) => i % 3 === g);
      expect(mine.reduce((sum, o) => sum + o.stored, 0)).toBe(70);
    }
    expect(outcomes.every((o) => o.stored + o.duplicates === 20)).toBe(true);
  });
});

describe('GET /v1/sensors/{id}/readings', () => {
  it('downsamples to min/max/avg per step', async () => {
    await ingest(svc, key, [
      { sensorId: 't-9', ts: at(svc, -600), value: 10 },
      { sensorId: 't-9', ts: at(svc, -590), value: 30 },
      { sensorId: 't-9', ts: at(svc, -530), value: 5 },
    ]);
    const from = encodeURIComponent(at(svc, -600));
    const to = encodeURIComponent(at(svc, -480));
    const res = await call(svc, 'GET', `/v1/sensors/t-9/readings?from=${from}&to=${to}&step=60`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      sensorId: 't-9',
      step: 60,
      buckets: [
        { at: at(svc, -600), min: 10, max: 30, avg: 20, count: 2 },
        { at: at(svc, -540), min: 5, max: 5, avg: 5, count: 1 },
      ],
    });
    const foreign = await call(
      svc,
      'GET',
      `/v1/sensors/t-9/readings?from=${from}&to=${to}&step=60`,
      undefined,
      {
        roles: ['enterprise'],
        dept: OTHER,
      },
    );
    expect(foreign.statusCode).toBe(403);
    const tooMany = await call(
      svc,
      'GET',
      `/v1/sensors/t-9/readings?from=${from}&to=${to}&step=1&from=x`,
    );
    expect(tooMany.statusCode).toBe(400);
  });
});
