// The overview's hazards panels against a real hazards service (its build), through the
// console's proxy: the open cases by state, region and grade (`GET /v1/hazards/stats/open`)
// and the listed major hazards (挂牌督办, `GET /v1/hazards?listed=true`), with the fields
// Overview.tsx reads, each scoped to the user's regions.
import { usccCheckDigit } from '@yiwang/contracts';
import { uniquePrefix } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_SECRET, startConsole, type ConsoleHarness } from './harness.js';
import { busPrefix, serviceBuilt, startRealService, type RealService } from './real-service.js';

/** USCCs of enterprises not in the directory yet (the cases name their region). */
const uscc = (first17: string) => first17 + usccCheckDigit(first17);
const ZHILI = uscc('91330502MA2B3C4D5');
const XINSHI = uscc('91330521MA2B3C4D6');
const PLAN_PARTS = {
  goalsAndTasks: 'doc-1',
  methodsAndMeasures: 'doc-2',
  fundsAndMaterials: 'doc-3',
  responsibleBodyAndPeople: 'doc-4',
  deadlineAndRequirements: 'doc-5',
  safetyAndEmergencyMeasures: 'doc-6',
};

interface OpenStats {
  totals: { total: number; major: number; overdue: number; listed: number; byStatus: object };
  byRegion: { region: string; total: number }[];
}
interface ListedPage {
  items: {
    id: string;
    enterpriseName: string | null;
    region: string;
    status: string;
    listing: { documentNumber: string; noticeSummary: string; deadline: string };
  }[];
}

/** `days` from today as YYYY-MM-DD (UTC; a few hours off local time do not matter here). */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!serviceBuilt('hazards'))('the overview’s hazards panels on a real hazards', () => {
  let hazards: RealService;
  let h: ConsoleHarness;

  beforeAll(async () => {
    hazards = await startRealService('hazards', {
      JWT_HS256_SECRET: JWT_SECRET,
      HAZARDS_BUS_PREFIX: busPrefix(uniquePrefix('console_hz')),
      HAZARDS_SWEEPER: 'false',
    });
    h = await startConsole({ CONSOLE_HAZARDS_URL: hazards.url });
  });
  afterAll(async () => {
    await h?.close();
    await hazards?.close();
  });

  const as = async (user: Parameters<ConsoleHarness['login']>[0]) => {
    const { cookie, csrf } = await h.login(user);
    return async <T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> => {
      const res = await h.app.inject({
        method,
        url: `/api/hazards${path}`,
        headers: { cookie, 'x-csrf-token': csrf },
        ...(body === undefined ? {} : { payload: body }),
      });
      expect(res.statusCode, `${method} ${path}: ${res.body}`).toBeLessThan(300);
      return res.json<T>();
    };
  };

  it('counts the open cases and lists the listed ones for the city, and the district’s own', async () => {
    const wuxing = await as('inspector-wuxing');
    const supervisor = await as('supervisor');
    const deqing = await as('inspector-deqing');
    // A major case in Wuxing, graded, double-reported, planned and listed by the city.
    const { id } = await wuxing<{ id: string }>('POST', '/v1/hazards', {
      uscc: ZHILI,
      region: '330502',
      category: 'hazardous-materials',
      summary: '液氨储罐区泄漏报警器失效',
    });
    const step = (name: string, body: object, by = wuxing) =>
      by('POST', `/v1/hazards/${id}/${name}`, body);
    await step('grade', {
      level: 'major',
      stopRequired: 'partial',
      checklist: { standard: 'gongmao-2023', itemId: '15-1' },
    });
    const now = new Date().toISOString();
    await step('double-report', { toRegulatorAt: now, toWorkersCongressAt: now });
    await step('submit-plan', { plannedCompletion: inDays(120), fundsFen: 1, parts: PLAN_PARTS });
    const listing = {
      authority: '湖州市安全生产委员会',
      authorityLevel: 'city',
      documentNumber: '湖安委〔2026〕11号',
      deadline: inDays(90),
      noticeSummary: '液氨储罐区泄漏报警器失效',
    };
    await step('list', listing, supervisor);
    // A case just found in Deqing.
    await deqing('POST', '/v1/hazards', {
      uscc: XINSHI,
      region: '330521',
      category: 'site',
      summary: '木材加工车间粉尘堆积',
    });

    const city = await supervisor<OpenStats>('GET', '/v1/hazards/stats/open');
    expect(city.totals).toMatchObject({ total: 2, major: 1, overdue: 0, listed: 1 });
    expect(city.totals.byStatus).toEqual({ 'plan-submitted': 1, found: 1 });
    expect(city.byRegion.map((r) => [r.region, r.total])).toEqual([
      ['330502', 1],
      ['330521', 1],
    ]);
    const listed = await supervisor<ListedPage>('GET', '/v1/hazards?listed=true&limit=200');
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      id,
      region: '330502',
      status: 'plan-submitted',
      listing: {
        documentNumber: listing.documentNumber,
        noticeSummary: listing.noticeSummary,
        deadline: listing.deadline,
      },
    });
    expect(listed.items[0]).toHaveProperty('enterpriseName');

    const district = await deqing<OpenStats>('GET', '/v1/hazards/stats/open');
    expect(district.totals).toMatchObject({ total: 1, major: 0, listed: 0 });
    const none = await deqing<ListedPage>('GET', '/v1/hazards?listed=true&limit=200');
    expect(none.items).toEqual([]);
  });
});
