// Show: the dashboard's permit counts (GET /v1/permits/applications/stats) cover every
// application of the caller's regions: by status and region, in progress, past the decision
// date; a district's staff never see another district and enterprises are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../src/db/tables.js';
import { call, uscc } from './support/fixtures.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
beforeAll(async () => {
  pm = await startPermits();
  // Applications as the flow leaves them (the clock says 2026-03-02); the counts read only
  // region, status and the decision date.
  const at = pm.clock.now();
  let serial = 0;
  const rows = (region: string, status: string, n: number, decisionDueBy: string | null = null) =>
    Array.from({ length: n }, () => {
      serial += 1;
      return {
        id: `app-${serial}`,
        number: `HZ-2026-${String(serial).padStart(5, '0')}`,
        uscc: uscc(serial),
        region,
        licenceType: 'hazardous-chemicals-operation',
        status,
        decisionDueBy,
        state: {},
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
    });
  await pm.deps.database.db
    .insert(applications)
    .values([
      ...rows('330502', 'accepted', 210, '2026-03-20'),
      ...rows('330502', 'inspected', 3, '2026-02-27'),
      ...rows('330502', 'draft', 5),
      ...rows('330521', 'submitted', 2),
      ...rows('330521', 'licence-issued', 4, '2026-01-15'),
      ...rows('330100', 'accepted', 7, '2026-02-01'),
    ]);
});
afterAll(async () => pm.close());

interface Stats {
  regions: string[];
  today: string;
  totals: { total: number; inProgress: number; decisionOverdue: number };
  byRegion: { region: string; inProgress: number; byStatus: Record<string, number> }[];
}

const URL = '/v1/permits/applications/stats';
const deqing = { roles: ['inspector'], regions: ['330521'] };

describe('GET /v1/permits/applications/stats', () => {
  it('counts every application of Huzhou: in progress, past the decision date, by region', async () => {
    const res = await call(pm, 'GET', URL);
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json<Stats>();
    expect(stats).toMatchObject({
      regions: ['330500'],
      today: '2026-03-02',
      totals: { total: 224, inProgress: 215, decisionOverdue: 3 },
    });
    expect(stats.byRegion).toEqual([
      {
        region: '330502',
        total: 218,
        inProgress: 213,
        decisionOverdue: 3,
        byStatus: { accepted: 210, inspected: 3, draft: 5 },
      },
      {
        region: '330521',
        total: 6,
        inProgress: 2,
        decisionOverdue: 0,
        byStatus: { submitted: 2, 'licence-issued': 4 },
      },
    ]);
  });

  it('keeps a district inspector to the district and refuses another one', async () => {
    const own = await call(pm, 'GET', URL, undefined, deqing);
    expect(own.json<Stats>().totals).toMatchObject({ total: 6, inProgress: 2 });
    expect((await call(pm, 'GET', `${URL}?region=330502`, undefined, deqing)).statusCode).toBe(403);
    const one = await call(pm, 'GET', `${URL}?region=330521`);
    expect(one.json<Stats>().regions).toEqual(['330521']);
  });

  it('answers 401 anonymously, 403 to an enterprise, 400 to unknown or malformed input', async () => {
    expect((await call(pm, 'GET', URL, undefined, null)).statusCode).toBe(401);
    const company = { roles: ['enterprise'], dept: uscc(1) };
    expect((await call(pm, 'GET', URL, undefined, company)).statusCode).toBe(403);
    expect((await call(pm, 'GET', `${URL}?region=33050`)).statusCode).toBe(400);
    expect((await call(pm, 'GET', `${URL}?status=accepted`)).statusCode).toBe(400);
  });
});
