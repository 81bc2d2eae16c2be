// Reminders and the bureau's own deadlines with two service instances sweeping one database:
// one due-soon per deadline, one bureau-deadline-missed per extension request (visible in the
// case view); and enforcement after a refused order, with its daily fine.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/app/sweep-deadlines.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { generalRectifying, majorRectifying, post } from './support/flows.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let a: HazardsService;
let b: HazardsService;
let capture: EventCapture;
const ACME = uscc(601);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const staff: TokenClaims = { roles: ['inspector', 'supervisor'], regions: ['330502'] };
const inspector: TokenClaims = { roles: ['inspector'], regions: ['330502'] };
const DAY = 86_400_000;

beforeAll(async () => {
  a = await startHazards();
  b = await startHazards({ shareWith: a });
  capture = await captureEvents(a.nc, `${a.prefix}.hazards.hazard.*.*`);
  await a.publish(enterpriseRegistered(ACME));
});
afterAll(async () => {
  await capture.stop();
  await b.close();
  await a.close();
});

const sweepAll = async () => {
  const runs = await Promise.all(
    [0, 1, 2].flatMap(() => [sweepDeadlines(a.deps), sweepDeadlines(b.deps)]),
  );
  return runs.reduce((x, y) => x + y, 0);
};
const of = (type: string, id: string) =>
  capture.events.filter(
    (e) => e.event.type === `yiwang.hazards.hazard.${type}.v1` && e.event.subject === id,
  );

describe('reminders and bureau deadlines', () => {
  it('one due-soon per deadline and one missed extension decision, with two instances', async () => {
    const general = await generalRectifying(a, ACME, staff); // deadline 2026-03-09
    const major = await majorRectifying(a, ACME, staff, '2026-06-30');
    await post(
      a,
      `/v1/hazards/${major}/request-extension`,
      { requestedDeadline: '2026-08-31', reason: 'parts late' },
      acme,
    );
    expect(await sweepAll()).toBe(0);

    a.clock.advance(4 * DAY); // 2026-03-06: three days before the general deadline
    expect(await sweepAll()).toBe(1);
    await waitFor(() => of('due-soon', general).length === 1);
    expect(of('due-soon', general)[0]?.event.data).toMatchObject({
      deadline: '2026-03-09',
      daysLeft: 3,
      level: 'general',
    });

    a.clock.advance(12 * DAY); // 2026-03-18: the decision was due 2026-03-16 (10 working days)
    await sweepAll();
    await waitFor(() => of('bureau-deadline-missed', major).length === 1);
    expect(of('bureau-deadline-missed', major)[0]?.event.data).toMatchObject({
      duty: 'extension-decision',
      dueBy: '2026-03-16',
      daysLate: 2,
      level: 'major',
    });
    const view = (await call(a, 'GET', `/v1/hazards/${major}`, undefined, staff)).json<unknown>();
    expect(view).toMatchObject({
      bureauDeadline: { duty: 'extension-decision', dueBy: '2026-03-16', missed: true },
      bureauMissed: [{ duty: 'extension-decision', dueBy: '2026-03-16' }],
    });
    expect(await sweepAll()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(of('due-soon', general)).toHaveLength(1);
    expect(of('bureau-deadline-missed', major)).toHaveLength(1);
    expect(of('due-soon', major)).toHaveLength(0);
  });
});

describe('enforcement', () => {
  it('a supervisor orders it on a refused order, lifts it, and the fine is totalled', async () => {
    const id = await generalRectifying(a, ACME, staff);
    const order = {
      measures: ['stop-production', 'daily-fine'],
      decisionNumber: '湖应急强〔2026〕7号',
      dailyFineFen: 500_000,
      reason: 'Refused the rectification order',
    };
    const denied = await call(a, 'POST', `/v1/hazards/${id}/order-enforcement`, order, inspector);
    expect(denied.statusCode).toBe(403);
    const noAmount = await call(
      a,
      'POST',
      `/v1/hazards/${id}/order-enforcement`,
      { ...order, dailyFineFen: undefined },
      staff,
    );
    expect(noAmount.json()).toMatchObject({ code: 'HAZARDS.DETAIL_REQUIRED' });
    await post(a, `/v1/hazards/${id}/order-enforcement`, order, staff);
    const twice = await call(a, 'POST', `/v1/hazards/${id}/order-enforcement`, order, staff);
    expect(twice.statusCode).toBe(409);

    a.clock.advance(3 * DAY);
    const running = (await call(a, 'GET', `/v1/hazards/${id}`, undefined, acme)).json<unknown>();
    expect(running).toMatchObject({ enforcement: { inForce: true, accruedFineFen: 1_500_000 } });
    const lifted = await post<Record<string, unknown>>(
      a,
      `/v1/hazards/${id}/lift-enforcement`,
      { reason: 'Complied' },
      staff,
    );
    expect(lifted).toMatchObject({ enforcement: { inForce: false, accruedFineFen: 1_500_000 } });
    await waitFor(() => of('enforcement-lifted', id).length === 1);
    expect(of('enforcement-ordered', id)[0]?.event.data).toMatchObject({
      measures: ['stop-production', 'daily-fine'],
      dailyFineFen: 500_000,
    });
    expect(of('enforcement-lifted', id)[0]?.event.data).toMatchObject({
      decisionNumber: '湖应急强〔2026〕7号',
      finedDays: 3,
      totalFineFen: 1_500_000,
    });
  });
});
