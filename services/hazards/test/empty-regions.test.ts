// A staff token whose regions cover nothing must see nothing: no region at all is 403 on every
// staff list and count, and a code that is no region (000000) must not widen into "all".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, uscc } from './support/fixtures.js';
import { post } from './support/flows.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
const ACME = uscc(911);
const noRegion: TokenClaims = { roles: ['supervisor'], regions: [] };
const bogusRegion: TokenClaims = { roles: ['supervisor'], regions: ['000000'] };

const STAFF_READS = [
  '/v1/hazards',
  '/v1/hazards?listed=true',
  '/v1/hazards/stats?period=2026',
  '/v1/hazards/stats/open',
  '/v1/installations',
  '/v1/statistics-filings',
  '/v1/statistics-filings/missing?period=2026',
];

beforeAll(async () => {
  hz = await startHazards();
  const body = { uscc: ACME, region: '330502', category: 'site', summary: '配电房积水' };
  await post(hz, '/v1/hazards', body, { roles: ['enterprise'], dept: ACME });
});

afterAll(async () => {
  await hz?.close();
});

describe('a staff token without regions', () => {
  it('is refused by every staff list and count', async () => {
    for (const url of STAFF_READS) {
      const res = await call(hz, 'GET', url, undefined, noRegion);
      expect(res.statusCode, url).toBe(403);
    }
  });
});

describe('a staff token whose only region is no GB/T 2260 code', () => {
  it('sees no case, while its city sees the one there is', async () => {
    const items = async (claims: TokenClaims) =>
      (await call(hz, 'GET', '/v1/hazards', undefined, claims)).json<{ items: unknown[] }>().items;
    expect(await items({ roles: ['supervisor'], regions: ['330500'] })).toHaveLength(1);
    expect(await items(bogusRegion)).toEqual([]);
  });

  it('counts no open case', async () => {
    const res = await call(hz, 'GET', '/v1/hazards/stats/open', undefined, bogusRegion);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ totals: { total: 0 }, byRegion: [] });
  });
});
