// Supervisor figures of the hazards now: every case not closed yet, whenever it was found, by
// state × region × grade with the overdue and listed ones (GET /v1/hazards/stats/open), and the
// case list filtered to the cases listed for supervision (挂牌督办, GET /v1/hazards?listed=true),
// both scoped like the case list: an enterprise its own cases, staff their regions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/app/sweep-deadlines.js';
import { call, uscc } from './support/fixtures.js';
import { generalRectifying, majorRectifying, post } from './support/flows.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
const ACME = uscc(901);
const BETA = uscc(902);
const DEQING = uscc(903);
const DAY = 86_400_000;
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const supervisor: TokenClaims = { roles: ['supervisor'], regions: ['330500'] };
const wuxing: TokenClaims = { roles: ['inspector'], regions: ['330502'] };
const deqing: TokenClaims = { roles: ['inspector'], regions: ['330521'] };
const ids: Record<'closed' | 'overdueGeneral' | 'listedMajor' | 'ungraded', string> = {
  closed: '',
  overdueGeneral: '',
  listedMajor: '',
  ungraded: '',
};

const get = (url: string, claims: TokenClaims | null = supervisor) =>
  call(hz, 'GET', url, undefined, claims);

/** A general case rectified, rechecked and closed: never counted as open. */
async function closedCase(): Promise<string> {
  const id = await generalRectifying(hz, ACME, wuxing);
  await post(hz, `/v1/hazards/${id}/rectify`, { evidence: ['photo-1'] }, acme);
  await post(hz, `/v1/hazards/${id}/recheck`, { outcome: 'passed' }, wuxing);
  await post(hz, `/v1/hazards/${id}/close`, {}, wuxing);
  return id;
}

/** A major case in rectification, listed by the city (挂牌督办). */
async function listedMajorCase(): Promise<string> {
  const id = await majorRectifying(hz, BETA, wuxing, '2026-09-30');
  const listing = {
    authority: '湖州市安委会',
    authorityLevel: 'city',
    documentNumber: '湖安委督〔2026〕9号',
    deadline: '2026-08-31',
    noticeSummary: '液氨制冷车间与员工宿舍同一建筑',
  };
  await post(hz, `/v1/hazards/${id}/list`, listing, supervisor);
  return id;
}

beforeAll(async () => {
  hz = await startHazards();
  // Found in March 2026; the figures are read in 2027, when all but one are still open.
  ids.closed = await closedCase();
  ids.overdueGeneral = await generalRectifying(hz, ACME, wuxing);
  ids.listedMajor = await listedMajorCase();
  const body = { uscc: DEQING, region: '330521', category: 'site', summary: '配电房积水' };
  ids.ungraded = (await post(hz, '/v1/hazards', body, { roles: ['enterprise'], dept: DEQING })).id;
  hz.clock.advance(400 * DAY); // 2027-04-06: both deadlines have passed
  await sweepDeadlines(hz.deps);
});
afterAll(async () => {
  await hz.close();
});

describe('GET /v1/hazards/stats/open', () => {
  it('counts every open case whatever the year it was found, by state, region and grade', async () => {
    const res = await get('/v1/hazards/stats/open');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      regions: ['330500'],
      today: '2027-04-06',
      totals: {
        total: 3,
        general: 1,
        major: 1,
        ungraded: 1,
        overdue: 2,
        overdueMajor: 1,
        listed: 1,
        byStatus: { rectifying: 2, found: 1 },
      },
      byRegion: [
        {
          region: '330502',
          total: 2,
          general: 1,
          major: 1,
          ungraded: 0,
          overdue: 2,
          overdueMajor: 1,
          listed: 1,
          byStatus: { rectifying: 2 },
        },
        {
          region: '330521',
          total: 1,
          general: 0,
          major: 0,
          ungraded: 1,
          overdue: 0,
          overdueMajor: 0,
          listed: 0,
          byStatus: { found: 1 },
        },
      ],
      groups: [
        {
          region: '330502',
          level: 'general',
          status: 'rectifying',
          total: 1,
          overdue: 1,
          listed: 0,
        },
        { region: '330502', level: 'major', status: 'rectifying', total: 1, overdue: 1, listed: 1 },
        { region: '330521', level: null, status: 'found', total: 1, overdue: 0, listed: 0 },
      ],
    });
    // The period view of this year sees none of them: they were found last year.
    const thisYear = await get('/v1/hazards/stats?period=2027');
    expect(thisYear.json()).toMatchObject({ totals: { total: 0 } });
  });

  it('counts only the regions of the token, or the one region asked for that it covers', async () => {
    const own = (await get('/v1/hazards/stats/open', wuxing)).json<Record<string, unknown>>();
    expect(own).toMatchObject({ regions: ['330502'], totals: { total: 2, ungraded: 0 } });
    expect(own['byRegion']).toHaveLength(1);
    const one = await get('/v1/hazards/stats/open?region=330521');
    expect(one.json()).toMatchObject({
      regions: ['330521'],
      totals: { total: 1, byStatus: { found: 1 } },
    });
    expect((await get('/v1/hazards/stats/open?region=330521', wuxing)).statusCode).toBe(403);
    const none = { roles: ['supervisor'], regions: [] };
    expect((await get('/v1/hazards/stats/open', none)).statusCode).toBe(403);
  });

  it('gives an enterprise its own open cases, and nobody else any', async () => {
    const res = await get('/v1/hazards/stats/open', acme);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      uscc: ACME,
      totals: { total: 1, general: 1, overdue: 1, listed: 0 },
    });
    expect(res.json()).not.toHaveProperty('regions');
    expect((await get('/v1/hazards/stats/open', null)).statusCode).toBe(401);
    expect((await get('/v1/hazards/stats/open', { roles: ['duty'] })).statusCode).toBe(403);
  });

  it('answers 400 to a bad query', async () => {
    for (const query of ['region=3305', 'region=abcdef', 'period=2027', 'region=330500&x=1']) {
      const res = await get(`/v1/hazards/stats/open?${query}`);
      expect(res.statusCode, query).toBe(400);
    }
  });
});

describe('GET /v1/hazards?listed=true', () => {
  it('lists the cases listed for supervision in the caller’s regions', async () => {
    const listed = (claims: TokenClaims) =>
      get('/v1/hazards?listed=true', claims).then((r) => {
        expect(r.statusCode, r.body).toBe(200);
        return r.json<{ items: { id: string; listing?: { documentNumber: string } }[] }>().items;
      });
    const mine = await listed(supervisor);
    expect(mine.map((h) => h.id)).toEqual([ids.listedMajor]);
    expect(mine[0]?.listing?.documentNumber).toBe('湖安委督〔2026〕9号');
    expect(await listed(deqing)).toEqual([]);
    // Without the filter the same caller sees the other open and closed cases too.
    const all = (await get('/v1/hazards', supervisor)).json<{ items: unknown[] }>().items;
    expect(all).toHaveLength(4);
  });

  it('lists only the cases not closed yet with open=true', async () => {
    const open = await get('/v1/hazards?open=true', supervisor);
    expect(open.statusCode, open.body).toBe(200);
    const openIds = open.json<{ items: { id: string; status: string }[] }>().items;
    expect(openIds.map((h) => h.id)).not.toContain(ids.closed);
    expect(openIds).toHaveLength(3);
    expect(openIds.every((h) => h.status !== 'closed')).toBe(true);
    const both = await get('/v1/hazards?listed=true&open=true', supervisor);
    expect(both.json<{ items: { id: string }[] }>().items.map((h) => h.id)).toEqual([
      ids.listedMajor,
    ]);
    expect((await get('/v1/hazards?open=false')).statusCode).toBe(400);
  });

  it('refuses listed=false (no such filter) and a staff token without regions', async () => {
    expect((await get('/v1/hazards?listed=false')).statusCode).toBe(400);
    expect((await get('/v1/hazards?listed=yes')).statusCode).toBe(400);
    const none = { roles: ['supervisor'], regions: [] };
    expect((await get('/v1/hazards', none)).statusCode).toBe(403);
    expect((await get('/v1/hazards?listed=true', none)).statusCode).toBe(403);
  });
});
