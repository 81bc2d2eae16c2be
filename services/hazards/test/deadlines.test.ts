// The deadline sweeper with two service instances on one database: each case past its
// deadline yields exactly one hazards.hazard.overdue, however often and concurrently the two
// sweep (a new deadline after an extension is flagged again: see the domain specs).
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/app/sweep-deadlines.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';
import { waitFor } from '@yiwang/testing';

let a: HazardsService;
let b: HazardsService;
let capture: EventCapture;
const ACME = uscc(501);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const staff: TokenClaims = { roles: ['inspector', 'supervisor'], regions: ['330502'] };
const DAY = 86_400_000;

beforeAll(async () => {
  a = await startHazards();
  b = await startHazards({ shareWith: a });
  capture = await captureEvents(a.nc, `${a.prefix}.hazards.hazard.overdue.*`);
  await a.publish(enterpriseRegistered(ACME));
});
afterAll(async () => {
  await capture.stop();
  await b.close();
  await a.close();
});

async function post(url: string, body: unknown, claims: TokenClaims) {
  const res = await call(a, 'POST', url, body, claims);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json<{ id: string }>();
}
async function openCase(): Promise<string> {
  const { id } = await post(
    '/v1/hazards',
    { uscc: ACME, region: '330502', category: 'site', summary: 's' },
    acme,
  );
  return id;
}
const sweepBoth = () => Promise.all([sweepDeadlines(a.deps), sweepDeadlines(b.deps)]);
const overdueOf = (id: string) => capture.events.filter((e) => e.event.subject === id);

describe('deadline sweeper', () => {
  it('flags each overdue general and major hazard exactly once with two instances', async () => {
    const general = await openCase();
    await post(`/v1/hazards/${general}/grade`, { level: 'general', stopRequired: 'none' }, staff);
    const major = await openCase();
    const h = `/v1/hazards/${major}`;
    await post(
      `${h}/grade`,
      {
        level: 'major',
        stopRequired: 'full',
        checklist: { standard: 'gongmao-2023', itemId: '13-1' },
      },
      staff,
    );
    await post(
      `${h}/double-report`,
      { toRegulatorAt: '2026-03-01T00:00:00Z', toWorkersCongressAt: '2026-03-01T00:00:00Z' },
      acme,
    );
    const parts = Object.fromEntries(
      [
        'goalsAndTasks',
        'methodsAndMeasures',
        'fundsAndMaterials',
        'responsibleBodyAndPeople',
        'deadlineAndRequirements',
        'safetyAndEmergencyMeasures',
      ].map((p, i) => [p, `doc-${i}`]),
    );
    await post(`${h}/submit-plan`, { plannedCompletion: '2026-04-30', fundsFen: 1, parts }, acme);
    await post(`${h}/start-rectification`, {}, acme);

    expect(await sweepBoth()).toEqual([0, 0]);
    a.clock.advance(70 * DAY); // 2026-05-11: both deadlines (03-09, 04-30) have passed
    const results = await Promise.all([sweepBoth(), sweepBoth(), sweepBoth()]);
    expect(results.flat().reduce((x, y) => x + y, 0)).toBe(2);
    await waitFor(() => overdueOf(general).length === 1 && overdueOf(major).length === 1);
    expect(overdueOf(major)[0]?.event.data).toMatchObject({
      level: 'major',
      deadline: '2026-04-30',
      daysOverdue: 11,
      industry: 'hazardous-chemicals',
    });
    expect(overdueOf(general)[0]?.event.data).toMatchObject({
      level: 'general',
      deadline: '2026-03-09',
      daysOverdue: 63,
    });
    const view = await call(a, 'GET', `/v1/hazards/${major}`, undefined, staff);
    expect(view.json()).toMatchObject({ overdue: true, status: 'rectifying' });
    await new Promise((r) => setTimeout(r, 300));
    expect(overdueOf(general)).toHaveLength(1);
    expect(overdueOf(major)).toHaveLength(1);
  });
});
