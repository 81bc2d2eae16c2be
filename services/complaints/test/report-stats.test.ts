// Show: the supervisor's dashboard counts (GET /v1/reports/stats) are exact over the caller's
// regions, agree with the deadline filters of the list, and never cross a region boundary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, reportBody, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const get = async (url: string, role = 'supervisor', regions?: string[]) =>
  h.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${await h.token(role, regions)}` },
  });

interface Stats {
  regions: string[];
  totals: { total: number; overdue: number; dueSoon: number; byStatus: Record<string, number> };
  byRegion: { region: string; total: number; overdue: number; dueSoon: number }[];
}

const stats = async (url: string, role?: string, regions?: string[]) => {
  const res = await get(url, role, regions);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Stats>();
};

const file = (region: string, i: number) =>
  created(
    h,
    reportBody({
      location: { region, address: `${i} Industrial Rd` },
      enterprise: { uscc: uscc(`91${region}MA${String(i).padStart(7, '0')}`) },
    }),
  );

describe('GET /v1/reports/stats', () => {
  it('counts every report of the regions, not a first page, by region, status and deadline', async () => {
    h.clock.now = new Date('2025-03-03T02:00:00Z');
    for (let i = 0; i < 205; i += 1) await file('330502', i);
    for (let i = 0; i < 3; i += 1) await file('330521', i);

    const fresh = await stats('/v1/reports/stats');
    expect(fresh.regions).toEqual(['330500']);
    // a new report's reply limit (5 working days) is within the 7-day due-soon window
    expect(fresh.totals).toEqual({
      total: 208,
      overdue: 0,
      dueSoon: 208,
      byStatus: { received: 208 },
    });
    expect(fresh.byRegion.map((r) => [r.region, r.total])).toEqual([
      ['330502', 205],
      ['330521', 3],
    ]);

    h.clock.now = new Date('2025-03-20T02:00:00Z');
    const late = await stats('/v1/reports/stats');
    expect(late.totals).toMatchObject({ total: 208, overdue: 208, dueSoon: 0 });
    const listed = await get('/v1/reports?deadline=overdue&region=330521&limit=200');
    const deqing = late.byRegion.find((r) => r.region === '330521');
    expect(deqing?.overdue).toBe(listed.json<{ items: unknown[] }>().items.length);
  });

  it('limits a district inspector to the district and refuses another one', async () => {
    const own = await stats('/v1/reports/stats', 'inspector', ['330521']);
    expect(own.totals.total).toBe(3);
    expect(own.byRegion.map((r) => r.region)).toEqual(['330521']);
    expect((await stats('/v1/reports/stats?region=330502', 'supervisor')).totals.total).toBe(205);
    const other = await get('/v1/reports/stats?region=330502', 'inspector', ['330521']);
    expect(other.statusCode).toBe(403);
  });

  it('answers 401 without a token, 403 for a role outside case work, 400 for unknown input', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/v1/reports/stats' })).statusCode).toBe(401);
    expect((await get('/v1/reports/stats', 'duty')).statusCode).toBe(403);
    expect((await get('/v1/reports/stats?region=33')).statusCode).toBe(400);
    expect((await get('/v1/reports/stats?limit=5')).statusCode).toBe(400);
  });
});
