// Statistics: enterprises file quarterly and annual figures signed by the principal (late
// after the 15th / 31 January), the bureau lists who has not filed, and the stats view counts
// cases by level and state with the rectification rate and overdue cases.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/app/sweep-deadlines.js';
import { call, enterpriseChanged, enterpriseRegistered, uscc } from './support/fixtures.js';
import { generalRectifying, openCase, post } from './support/flows.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
let capture: EventCapture;
const ACME = uscc(801);
const BETA = uscc(802);
const GONE = uscc(803);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const staff: TokenClaims = { roles: ['inspector'], regions: ['330502'] };
const DAY = 86_400_000;
const filing = (period: string, extra: Record<string, unknown> = {}) => ({
  uscc: ACME,
  period,
  principalName: '王五',
  signedByPrincipal: true,
  general: { found: 2, rectified: 1 },
  major: { found: 0, rectified: 0, listed: 0 },
  investmentFen: 120_000,
  ...extra,
});

beforeAll(async () => {
  hz = await startHazards();
  capture = await captureEvents(hz.nc, `${hz.prefix}.hazards.statistics.*.*`);
  for (const id of [ACME, BETA, GONE]) await hz.publish(enterpriseRegistered(id));
  await hz.publish(enterpriseChanged(GONE, 2, 'closed'));
  await waitFor(async () => {
    const res = await call(
      hz,
      'GET',
      '/v1/statistics-filings/missing?period=2025Q4',
      undefined,
      staff,
    );
    return res.json<{ items: unknown[] }>().items.length === 2;
  });
});
afterAll(async () => {
  await capture.stop();
  await hz.close();
});

describe('statistics filings', () => {
  it('refuses an unsigned filing and one before the period ended; late after the due date', async () => {
    const unsigned = await call(
      hz,
      'POST',
      '/v1/statistics-filings',
      filing('2025Q4', { signedByPrincipal: false }),
      acme,
    );
    expect(unsigned.json()).toMatchObject({ code: 'HAZARDS.SIGNATURE_REQUIRED' });
    const early = await call(hz, 'POST', '/v1/statistics-filings', filing('2026Q1'), acme);
    expect(early.json()).toMatchObject({ code: 'HAZARDS.PERIOD_NOT_ENDED' });
    const other = await call(
      hz,
      'POST',
      '/v1/statistics-filings',
      { ...filing('2025Q4'), uscc: BETA },
      acme,
    );
    expect(other.statusCode).toBe(403);
    const late = await post<Record<string, unknown>>(
      hz,
      '/v1/statistics-filings',
      filing('2025Q4'),
      acme,
    );
    expect(late).toMatchObject({ dueOn: '2026-01-15', late: true, year: 2025, period: 'Q4' });
    const twice = await call(hz, 'POST', '/v1/statistics-filings', filing('2025Q4'), acme);
    expect(twice.json()).toMatchObject({ code: 'HAZARDS.FILING_EXISTS', filingId: late['id'] });
    await waitFor(() => capture.events.length === 1);
    expect(capture.events[0]?.event.data).toMatchObject({
      period: 'Q4',
      year: 2025,
      late: true,
      signedByPrincipal: true,
    });
  });

  it('lists who has not filed a period, overdue once the due date passed', async () => {
    const q4 = await call(
      hz,
      'GET',
      '/v1/statistics-filings/missing?period=2025Q4',
      undefined,
      staff,
    );
    expect(q4.json()).toMatchObject({
      items: [{ uscc: BETA, dueOn: '2026-01-15', overdue: true }],
    });
    hz.clock.advance(39 * DAY); // 2026-04-10
    await post(hz, '/v1/statistics-filings', filing('2026Q1'), acme);
    const q1 = await call(
      hz,
      'GET',
      '/v1/statistics-filings/missing?period=2026Q1',
      undefined,
      staff,
    );
    expect(q1.json()).toMatchObject({ items: [{ uscc: BETA, overdue: false }] });
    const onTime = await call(hz, 'GET', '/v1/statistics-filings?late=false', undefined, staff);
    expect(onTime.json()).toMatchObject({ items: [{ period: 'Q1', late: false }] });
    const enterprise = { roles: ['enterprise'], dept: ACME };
    expect(
      (await call(hz, 'GET', '/v1/statistics-filings/missing?period=2026Q1', undefined, enterprise))
        .statusCode,
    ).toBe(403);
    const outside = { roles: ['inspector'], regions: ['330521'] };
    expect(
      (
        await call(
          hz,
          'GET',
          '/v1/statistics-filings/missing?period=2026Q1&region=330502',
          undefined,
          outside,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(hz, 'GET', '/v1/statistics-filings/missing?period=1999Q1', undefined, staff))
        .statusCode,
    ).toBe(400);
  });
});

describe('the stats view', () => {
  it('counts cases of the period by level and state, the rectification rate and overdue', async () => {
    hz.clock.advance(30 * DAY); // 2026-05-10: Q2
    const closed = await generalRectifying(hz, ACME, staff);
    await post(hz, `/v1/hazards/${closed}/rectify`, { evidence: ['photo-1'] }, acme);
    await post(hz, `/v1/hazards/${closed}/recheck`, { outcome: 'passed' }, staff);
    await post(hz, `/v1/hazards/${closed}/close`, {}, staff);
    await generalRectifying(hz, ACME, staff);
    await openCase(hz, ACME);
    hz.clock.advance(10 * DAY);
    await sweepDeadlines(hz.deps);
    const res = await call(
      hz,
      'GET',
      '/v1/hazards/stats?period=2026Q2&region=330502',
      undefined,
      staff,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      period: '2026Q2',
      totals: {
        total: 3,
        general: 2,
        ungraded: 1,
        byStatus: { closed: 1, rectifying: 1, found: 1 },
        rectified: 1,
        overdue: 1,
        rectificationRate: 0.3333,
      },
      byRegion: [{ region: '330502', total: 3 }],
      byEnterprise: [{ uscc: ACME, enterpriseName: '湖州安泰化工有限公司', total: 3 }],
      filings: { dueOn: '2026-07-15', duePassed: false, filed: 0, missing: 2 },
    });
    const q1 = (
      await call(hz, 'GET', '/v1/hazards/stats?period=2026Q1', undefined, staff)
    ).json<unknown>();
    expect(q1).toMatchObject({
      totals: { total: 0, rectificationRate: null },
      filings: { filed: 1, late: 0, missing: 1 },
    });
  });
});
