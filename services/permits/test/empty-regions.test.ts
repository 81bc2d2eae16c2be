// A staff token whose regions cover nothing must see no application or licence: no region at
// all is 403 on every staff list and count (never an unfiltered list), and a code that is no
// region (000000) matches nothing rather than every region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../src/db/tables.js';
import { call, uscc } from './support/fixtures.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
beforeAll(async () => {
  pm = await startPermits();
  const at = pm.clock.now();
  // The counts read only the columns; the state is not rendered for these rows.
  await pm.deps.database.db.insert(applications).values(
    ['330502', '330100'].map((region, i) => ({
      id: `app-${region}`,
      number: `HZ-2026-0000${i + 1}`,
      uscc: uscc(i + 1),
      region,
      licenceType: 'hazardous-chemicals-operation',
      status: 'accepted',
      decisionDueBy: '2026-03-20',
      state: {},
      version: 1,
      createdAt: at,
      updatedAt: at,
    })),
  );
});
afterAll(async () => pm.close());

const stats = (regions: string[]) =>
  call(pm, 'GET', '/v1/permits/applications/stats', undefined, { roles: ['supervisor'], regions });

describe('a staff token without regions', () => {
  it('is refused the lists and the counts', async () => {
    for (const url of [
      '/v1/permits/applications',
      '/v1/permits/licences',
      '/v1/permits/applications/stats',
    ]) {
      const res = await call(pm, 'GET', url, undefined, { roles: ['supervisor'], regions: [] });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(403);
    }
  });
});

describe('a staff token whose only region is no GB/T 2260 code', () => {
  it('counts nothing, while its city counts the application there is', async () => {
    expect((await stats(['330500'])).json()).toMatchObject({ totals: { total: 1 } });
    const res = await stats(['000000']);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ totals: { total: 0 }, byRegion: [] });
  });
});
