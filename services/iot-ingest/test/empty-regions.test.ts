// A staff token whose regions cover nothing must see no sensor or alarm: no region at all is
// 403 (never an unfiltered list), and a code that is no region (000000) matches nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, gateway, sensor, uscc } from './support/fixtures.js';
import { startIot, type IotService } from './support/harness.js';

let svc: IotService;
const LISTS = ['/v1/sensors', '/v1/alarms'];

beforeAll(async () => {
  svc = await startIot();
  await gateway(svc, 'gw-empty-regions', uscc(811));
  await sensor(svc, 'gas-empty-regions', 'gw-empty-regions');
});
afterAll(async () => {
  await svc.close();
});

describe('a staff token without regions', () => {
  it('is refused the sensor and alarm lists', async () => {
    for (const url of LISTS) {
      const res = await call(svc, 'GET', url, undefined, { roles: ['inspector'], regions: [] });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(403);
    }
  });
});

describe('a staff token whose only region is no GB/T 2260 code', () => {
  it('lists no sensor, while its city lists the one there is', async () => {
    const items = async (regions: string[]) => {
      const res = await call(svc, 'GET', '/v1/sensors', undefined, {
        roles: ['inspector'],
        regions,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: unknown[] }>().items;
    };
    expect(await items(['330500'])).toHaveLength(1);
    expect(await items(['000000'])).toEqual([]);
  });
});
