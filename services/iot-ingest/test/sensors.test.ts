// GET /v1/sensors: the sensor list of the console (offline sensors and the like), filtered by
// live status, enterprise and region, in cursor pages, within the caller's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectOffline } from '../src/app/sweep.js';
import { SENSOR_STATUSES } from '../src/domain/sensor-state.js';
import { at, call, gateway, ingest, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
const ACME = uscc(701);
const OTHER = uscc(702);
const admin = { roles: ['admin'], regions: ['330000'] };
const DAY = 86_400;

/** Which sensor ends in which status (ACME's in 330502, OTHER's in 330106). */
const expected: Record<(typeof SENSOR_STATUSES)[number], string[]> = {
  offline: ['a-off', 'o-off'],
  fault: ['a-fault'],
  'alarm-l2': ['a-l2'],
  'alarm-l1': ['a-l1'],
  'no-data': ['a-nodata'],
  normal: ['a-normal'],
};
const everyId = Object.values(expected).flat().sort();

interface Listed {
  items: { id: string; uscc: string; state: { status: string } }[];
  next: string | null;
}

async function list(query: string, claims: Parameters<typeof call>[4] = admin) {
  const res = await call(svc, 'GET', `/v1/sensors${query}`, undefined, claims);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Listed>();
}
const ids = (page: Listed) => page.items.map((i) => i.id);

beforeAll(async () => {
  svc = await startIot();
  const key = await gateway(svc, 'gw-a', ACME);
  const temperature = { kind: 'temperature', unit: 'celsius', limits: { high: 90 } };
  const gas = { kind: 'combustible-gas', unit: 'percent-lel', minDurationSeconds: 0 };
  await sensor(svc, 'a-normal', 'gw-a', { ...temperature, intervalSeconds: DAY });
  await sensor(svc, 'a-nodata', 'gw-a', { ...temperature, intervalSeconds: DAY });
  await sensor(svc, 'a-off', 'gw-a', { ...temperature, intervalSeconds: 1 });
  for (const id of ['a-l1', 'a-l2', 'a-fault'])
    await sensor(svc, id, 'gw-a', { ...gas, intervalSeconds: DAY });
  const readings = { 'a-normal': 20, 'a-off': 20, 'a-l1': 30, 'a-l2': 60, 'a-fault': 130 };
  await ingest(
    svc,
    key,
    Object.entries(readings).map(([sensorId, value]) => ({ sensorId, ts: at(svc, 0), value })),
  );
  const registered = await call(
    svc,
    'PUT',
    '/v1/gateways/gw-o',
    { uscc: OTHER, name: 'gw-o', region: '330106' },
    admin,
  );
  expect(registered.statusCode).toBe(201);
  const other = { gatewayId: 'gw-o', ...temperature, intervalSeconds: 1 };
  expect((await call(svc, 'PUT', '/v1/sensors/o-off', other, admin)).statusCode).toBe(201);
  svc.clock.advance(10_000);
  await detectOffline(svc.deps);
});
afterAll(async () => {
  await svc.close();
});

describe('GET /v1/sensors', () => {
  it('lists sensors by live status, each shown with the status it was filtered by', async () => {
    for (const status of SENSOR_STATUSES) {
      const page = await list(`?state=${status}`);
      expect(ids(page), status).toEqual(expected[status]);
      for (const item of page.items) expect(item.state.status).toBe(status);
    }
    expect(ids(await list(''))).toEqual(everyId);
  });

  it('an enterprise lists only its own sensors; asking for another USCC is 403', async () => {
    const acme = { roles: ['enterprise'], dept: ACME };
    expect(ids(await list('?state=offline', acme))).toEqual(['a-off']);
    expect(ids(await list(`?uscc=${ACME}&state=fault`, acme))).toEqual(['a-fault']);
    expect(ids(await list('', { roles: ['enterprise'], dept: OTHER }))).toEqual(['o-off']);
    const foreign = await call(svc, 'GET', `/v1/sensors?uscc=${OTHER}`, undefined, acme);
    expect(foreign.statusCode).toBe(403);
  });

  it('staff list only their regions; a region they do not cover is 403', async () => {
    const city = { roles: ['inspector'], regions: ['330500'] };
    expect(ids(await list('?state=offline', city))).toEqual(['a-off']);
    expect(ids(await list(`?uscc=${OTHER}`, city))).toEqual([]);
    expect(ids(await list('?state=offline&region=330100'))).toEqual(['o-off']);
    expect(ids(await list(`?uscc=${OTHER}`))).toEqual(['o-off']);
    const outside = await call(svc, 'GET', '/v1/sensors?region=330106', undefined, city);
    expect(outside.statusCode).toBe(403);
    const anonymous = await call(svc, 'GET', '/v1/sensors', undefined, null);
    expect(anonymous.statusCode).toBe(401);
  });

  it('pages by sensor id with an opaque cursor until `next` is null', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '?limit=3' : `?limit=3&cursor=${cursor}`;
      const page = await list(query);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...ids(page));
      cursor = page.next;
    } while (cursor !== null);
    expect(seen).toEqual(everyId);
  });

  it('answers a bad query with 400', async () => {
    for (const query of [
      '?state=broken',
      '?state=',
      '?limit=0',
      '?limit=201',
      '?region=33',
      '?uscc=not-a-uscc',
      '?gatewayId=gw-a',
      '?cursor=bm90LWEtY3Vyc29y',
    ]) {
      const res = await call(svc, 'GET', `/v1/sensors${query}`, undefined, admin);
      expect(res.statusCode, query).toBe(400);
    }
  });
});
