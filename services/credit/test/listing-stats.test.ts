// Show: the dashboard's listing counts (GET /v1/credit/listings/stats) cover every case of the
// caller's regions, by status and region, and a district's staff never see another district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listings } from '../src/db/tables.js';
import { call } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
beforeAll(async () => {
  cr = await startCredit();
  // Cases as the listing flow leaves them; the counts read only region and status.
  const at = cr.clock.now();
  const rows = (region: string, status: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `lst-${region}-${status}-${i}`,
      subjectId: `subj-${region}-${status}-${i}`,
      region,
      status,
      state: {},
      version: 1,
      createdAt: at,
      updatedAt: at,
    }));
  await cr.deps.database.db
    .insert(listings)
    .values([
      ...rows('330502', 'listed', 230),
      ...rows('330502', 'proposed', 4),
      ...rows('330521', 'listed', 2),
      ...rows('330521', 'removed', 1),
      ...rows('330100', 'listed', 5),
    ]);
});
afterAll(async () => cr.close());

interface Stats {
  regions: string[];
  totals: { total: number; byStatus: Record<string, number> };
  byRegion: { region: string; total: number; byStatus: Record<string, number> }[];
}

const supervisor = { roles: ['supervisor'] };
const deqing = { roles: ['inspector'], regions: ['330521'] };

describe('GET /v1/credit/listings/stats', () => {
  it('counts every case of Huzhou (not a first page), by status and region', async () => {
    const res = await call(cr, 'GET', '/v1/credit/listings/stats', undefined, supervisor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Stats>()).toEqual({
      regions: ['330500'],
      totals: { total: 237, byStatus: { listed: 232, proposed: 4, removed: 1 } },
      byRegion: [
        { region: '330502', total: 234, byStatus: { listed: 230, proposed: 4 } },
        { region: '330521', total: 3, byStatus: { listed: 2, removed: 1 } },
      ],
    });
  });

  it('keeps a district inspector to the district and refuses another one', async () => {
    const own = await call(cr, 'GET', '/v1/credit/listings/stats', undefined, deqing);
    expect(own.json<Stats>().totals).toEqual({ total: 3, byStatus: { listed: 2, removed: 1 } });
    const other = await call(
      cr,
      'GET',
      '/v1/credit/listings/stats?region=330502',
      undefined,
      deqing,
    );
    expect(other.statusCode).toBe(403);
    const one = await call(
      cr,
      'GET',
      '/v1/credit/listings/stats?region=330521',
      undefined,
      supervisor,
    );
    expect(one.json<Stats>().regions).toEqual(['330521']);
  });

  it('answers 401 anonymously, 403 to a checker, 400 to unknown or malformed input', async () => {
    const url = '/v1/credit/listings/stats';
    expect((await call(cr, 'GET', url, undefined, null)).statusCode).toBe(401);
    expect((await call(cr, 'GET', url, undefined, { roles: ['credit-checker'] })).statusCode).toBe(
      403,
    );
    expect((await call(cr, 'GET', `${url}?region=3305`, undefined, supervisor)).statusCode).toBe(
      400,
    );
    expect((await call(cr, 'GET', `${url}?status=listed`, undefined, supervisor)).statusCode).toBe(
      400,
    );
  });
});
