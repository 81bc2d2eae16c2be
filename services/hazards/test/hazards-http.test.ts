// The HTTP surface of hazard cases: reporting (self-check with the enterprise's own USCC,
// inspections within the inspector's regions), access rules (403s), both flows end to end
// with their events on NATS, 409/422 codes, lists with filters and cursors, public notices.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
let capture: EventCapture;
const ACME = uscc(201);
const OTHER = uscc(202);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME, sub: 'acme-safety-officer' };
const other: TokenClaims = { roles: ['enterprise'], dept: OTHER, sub: 'other-officer' };
const inspector: TokenClaims = { roles: ['inspector'], regions: ['330502'], sub: 'inspector-7' };
const outsider: TokenClaims = { roles: ['inspector'], regions: ['330503'], sub: 'inspector-9' };
const supervisor: TokenClaims = { roles: ['supervisor'], regions: ['330500'], sub: 'sup-1' };

beforeAll(async () => {
  hz = await startHazards();
  capture = await captureEvents(hz.nc, `${hz.prefix}.hazards.>`);
  await hz.publish(enterpriseRegistered(ACME));
  await hz.publish(enterpriseRegistered(OTHER, { name: '南浔某机械厂', region: '330503' }));
  await waitFor(async () => {
    const r = await call(hz, 'POST', '/v1/hazards', report(OTHER), { ...other });
    return r.statusCode === 201;
  });
});
afterAll(async () => {
  await capture.stop();
  await hz.close();
});

function report(id: string, extra: Record<string, unknown> = {}) {
  return {
    uscc: id,
    category: 'equipment',
    summary: 'Corroded flange on the chlorine line',
    ...extra,
  };
}
async function open(claims: TokenClaims = acme, id = ACME): Promise<string> {
  const res = await call(hz, 'POST', '/v1/hazards', report(id), claims);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}
async function step(id: string, name: string, body: unknown, claims: TokenClaims) {
  return call(hz, 'POST', `/v1/hazards/${id}/${name}`, body, claims);
}
async function ok(id: string, name: string, body: unknown, claims: TokenClaims) {
  const res = await step(id, name, body, claims);
  expect(res.statusCode, `${name}: ${res.body}`).toBe(200);
  return res.json<Record<string, unknown>>();
}
const typesOf = (id: string) =>
  capture.events
    .filter((e) => e.event.subject === id)
    .map((e) => e.event.type.split('.').slice(2, 4).join('.'));

describe('reporting', () => {
  it('an enterprise reports a self-check for its own USCC, enriched from the directory', async () => {
    const res = await call(hz, 'POST', '/v1/hazards', report(ACME), acme);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      uscc: ACME,
      source: 'self-check',
      status: 'found',
      region: '330502',
      enterpriseName: '湖州安泰化工有限公司',
    });
    const id = res.json<{ id: string }>().id;
    const e = await capture.waitForEvent((c) => c.event.subject === id);
    expect(e.event).toMatchObject({
      type: 'yiwang.hazards.hazard.reported.v1',
      enterprise: ACME,
      region: '330502',
    });
    expect(e.subject).toBe(`${hz.prefix}.hazards.hazard.reported.330502`);
  });
  it('an enterprise cannot report for another USCC (403)', async () => {
    const res = await call(hz, 'POST', '/v1/hazards', report(OTHER), acme);
    expect(res.statusCode).toBe(403);
  });
  it('an inspector reports within their regions only', async () => {
    const res = await call(hz, 'POST', '/v1/hazards', report(ACME), inspector);
    expect(res.json()).toMatchObject({ source: 'inspection', foundBy: 'inspector-7' });
    expect((await call(hz, 'POST', '/v1/hazards', report(ACME), outsider)).statusCode).toBe(403);
  });
  it('an enterprise not yet in the directory: region required, enriched when it arrives', async () => {
    const id = uscc(299);
    const newcomer = { roles: ['enterprise'], dept: id };
    const missing = await call(hz, 'POST', '/v1/hazards', report(id), newcomer);
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'HAZARDS.REGION_REQUIRED' });
    const res = await call(hz, 'POST', '/v1/hazards', report(id, { region: '330502' }), newcomer);
    expect(res.json()).toMatchObject({ enterpriseName: null });
    const hazardId = res.json<{ id: string }>().id;
    await hz.publish(enterpriseRegistered(id, { name: '新登记企业' }));
    await waitFor(async () => {
      const r = await call(hz, 'GET', `/v1/hazards/${hazardId}`, undefined, newcomer);
      return r.json<{ enterpriseName: string | null }>().enterpriseName === '新登记企业';
    });
  });
});

describe('access', () => {
  it('another enterprise, or an inspector outside the region, gets 403; no token 401', async () => {
    const id = await open();
    expect((await call(hz, 'GET', `/v1/hazards/${id}`, undefined, other)).statusCode).toBe(403);
    expect((await call(hz, 'GET', `/v1/hazards/${id}`, undefined, outsider)).statusCode).toBe(403);
    expect(
      (await step(id, 'grade', { level: 'general', stopRequired: 'none' }, outsider)).statusCode,
    ).toBe(403);
    expect((await call(hz, 'GET', `/v1/hazards/${id}`, undefined, null)).statusCode).toBe(401);
    expect((await call(hz, 'GET', `/v1/hazards/${id}`, undefined, inspector)).statusCode).toBe(200);
    expect((await call(hz, 'GET', `/v1/hazards/${id}`, undefined, acme)).statusCode).toBe(200);
  });
  it('an enterprise cannot grade its own hazard, nor act on another enterprise’s', async () => {
    const id = await open();
    expect(
      (await step(id, 'grade', { level: 'general', stopRequired: 'none' }, acme)).statusCode,
    ).toBe(403);
    await ok(id, 'grade', { level: 'general', stopRequired: 'none' }, inspector);
    expect((await step(id, 'rectify', { evidence: ['photo-1'] }, other)).statusCode).toBe(403);
  });
  it('an unknown case is 404', async () => {
    const res = await call(hz, 'GET', '/v1/hazards/hz-none', undefined, inspector);
    expect(res.statusCode).toBe(404);
  });
});

describe('general flow over HTTP', () => {
  it('found → rectifying (7 days) → rectified → rechecked → closed, each published', async () => {
    const id = await open();
    expect(
      await ok(id, 'grade', { level: 'general', stopRequired: 'none' }, inspector),
    ).toMatchObject({
      status: 'rectifying',
      deadline: '2026-03-09',
    });
    await ok(id, 'rectify', { evidence: ['photo-after'] }, acme);
    await ok(id, 'recheck', { outcome: 'passed' }, inspector);
    expect(await ok(id, 'close', {}, inspector)).toMatchObject({ status: 'closed' });
    await waitFor(() => typesOf(id).length === 5);
    expect(typesOf(id)).toEqual([
      'hazard.reported',
      'hazard.graded',
      'hazard.rectified',
      'hazard.reviewed',
      'hazard.closed',
    ]);
    const closed = capture.events.find(
      (e) => e.event.subject === id && e.event.type.endsWith('closed.v1'),
    );
    expect(closed?.event.data).toMatchObject({
      hazardId: id,
      level: 'general',
      source: 'self-check',
      enterpriseName: '湖州安泰化工有限公司',
    });
  });
  it('an illegal transition is 409 HAZARDS.ILLEGAL_TRANSITION', async () => {
    const id = await open();
    const res = await step(id, 'close', {}, inspector);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'HAZARDS.ILLEGAL_TRANSITION', status: 409 });
  });
});

describe('major flow over HTTP', () => {
  const parts = {
    goalsAndTasks: 'doc-1',
    methodsAndMeasures: 'doc-2',
    fundsAndMaterials: 'doc-3',
    responsibleBodyAndPeople: 'doc-4',
    deadlineAndRequirements: 'doc-5',
    safetyAndEmergencyMeasures: 'doc-6',
  };
  it('runs identified → … → listed → rectifying ⇄ extension → … → closed with a public notice', async () => {
    const id = await open();
    await ok(
      id,
      'grade',
      {
        level: 'major',
        stopRequired: 'partial',
        checklist: { standard: 'gongmao-2023', itemId: '15-1' },
      },
      inspector,
    );
    await ok(
      id,
      'double-report',
      { toRegulatorAt: '2026-03-01T01:00:00Z', toWorkersCongressAt: '2026-03-01T02:00:00Z' },
      acme,
    );
    const { goalsAndTasks: _g, deadlineAndRequirements: _d, ...four } = parts;
    const incomplete = await step(
      id,
      'submit-plan',
      { plannedCompletion: '2026-09-30', fundsFen: 100, parts: four },
      acme,
    );
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({
      code: 'HAZARDS.PLAN_INCOMPLETE',
      missing: ['goalsAndTasks', 'deadlineAndRequirements'],
    });
    await ok(
      id,
      'submit-plan',
      { plannedCompletion: '2026-09-30', fundsFen: 5_000_000, parts },
      acme,
    );
    await ok(
      id,
      'order-stop',
      { scope: 'partial', orderNumber: '湖应急责停〔2026〕2号', reason: 'Leak risk' },
      inspector,
    );
    const listing = {
      authority: '湖州市安委会',
      authorityLevel: 'city',
      documentNumber: '湖安委督〔2026〕5号',
      deadline: '2026-08-31',
      noticeSummary: '液氯储罐区未设置有毒气体检测报警',
    };
    expect((await step(id, 'list', listing, inspector)).statusCode).toBe(403);
    expect(
      (await step(id, 'list', { ...listing, deadline: '2027-03-03' }, supervisor)).json(),
    ).toMatchObject({ code: 'HAZARDS.DEADLINE_INVALID' });
    await ok(id, 'list', listing, supervisor);
    const notices = await call(hz, 'GET', '/v1/public/listed-hazards', undefined, null);
    expect(notices.statusCode).toBe(200);
    const notice = notices
      .json<{ items: Record<string, unknown>[] }>()
      .items.find((n) => n['hazardId'] === id);
    expect(notice).toEqual({
      hazardId: id,
      enterpriseName: '湖州安泰化工有限公司',
      region: '330502',
      summary: '液氯储罐区未设置有毒气体检测报警',
      authority: '湖州市安委会',
      documentNumber: '湖安委督〔2026〕5号',
      listedAt: '2026-03-02T02:00:00.000Z',
      deadline: '2026-08-31',
      closed: false,
    });
    expect(await ok(id, 'start-rectification', {}, acme)).toMatchObject({
      status: 'rectifying',
      deadline: '2026-08-31',
    });
    const ext = await ok(
      id,
      'request-extension',
      { requestedDeadline: '2026-10-30', reason: 'Detector delivery delayed' },
      acme,
    );
    expect(ext).toMatchObject({
      status: 'extension-requested',
      extension: { decisionDueBy: '2026-03-16' },
    });
    expect(await ok(id, 'decide-extension', { decision: 'approved' }, supervisor)).toMatchObject({
      status: 'rectifying',
      deadline: '2026-10-30',
    });
    await ok(id, 'rectify', { evidence: ['photo-1', 'invoice-2'] }, acme);
    await ok(
      id,
      'assess',
      { assessor: 'agency', agency: uscc(777), conclusion: 'eliminated', reportId: 'rep-9' },
      acme,
    );
    expect(await ok(id, 'apply-resumption', {}, acme)).toMatchObject({ reviewDueBy: '2026-03-12' });
    const failed = await ok(
      id,
      'review',
      {
        outcome: 'failed',
        findings: 'Alarm not linked to shut-off valve',
        newDeadline: '2026-04-30',
      },
      inspector,
    );
    expect(failed).toMatchObject({ status: 'rectifying', deadline: '2026-04-30' });
    await ok(id, 'rectify', { evidence: ['photo-3'] }, acme);
    await ok(
      id,
      'assess',
      { assessor: 'enterprise', conclusion: 'eliminated', reportId: 'rep-10' },
      acme,
    );
    await ok(id, 'apply-resumption', {}, acme);
    expect(
      await ok(
        id,
        'review',
        { outcome: 'passed', documentNumber: '湖应急销〔2026〕1号' },
        inspector,
      ),
    ).toMatchObject({ status: 'closed' });
    await waitFor(() => typesOf(id).includes('hazard.closed'));
    expect(typesOf(id)).toEqual([
      'hazard.reported',
      'hazard.graded',
      'hazard.double-reported',
      'hazard.plan-submitted',
      'hazard.stop-ordered',
      'hazard.listed',
      'hazard.extension-requested',
      'hazard.extension-decided',
      'hazard.rectified',
      'hazard.assessed',
      'hazard.resumption-applied',
      'hazard.reviewed',
      'hazard.rejected',
      'hazard.rectified',
      'hazard.assessed',
      'hazard.resumption-applied',
      'hazard.reviewed',
      'hazard.closed',
    ]);
    const sequences = capture.events
      .filter((e) => e.event.subject === id)
      .map((e) => e.event['sequence']);
    expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });
});

describe('lists', () => {
  it('filters and pages with a cursor; enterprises see only their own', async () => {
    for (let i = 0; i < 3; i++) await open();
    const first = await call(hz, 'GET', '/v1/hazards?limit=2&status=found', undefined, inspector);
    const page1 = first.json<{
      items: { id: string; status: string; region: string }[];
      next: string | null;
    }>();
    expect(page1.items).toHaveLength(2);
    expect(page1.next).not.toBeNull();
    const second = await call(
      hz,
      'GET',
      `/v1/hazards?limit=2&status=found&cursor=${page1.next}`,
      undefined,
      inspector,
    );
    const page2 = second.json<{ items: { id: string }[] }>();
    expect((page2.items[0]?.id ?? '') > (page1.items[1]?.id ?? '')).toBe(true);
    const all = await call(hz, 'GET', '/v1/hazards?limit=200', undefined, inspector);
    const items = all.json<{ items: { uscc: string; region: string }[] }>().items;
    expect(items.every((h) => h.region === '330502')).toBe(true);
    const mine = await call(hz, 'GET', '/v1/hazards?limit=200', undefined, other);
    expect(mine.json<{ items: { uscc: string }[] }>().items.every((h) => h.uscc === OTHER)).toBe(
      true,
    );
    expect((await call(hz, 'GET', `/v1/hazards?uscc=${ACME}`, undefined, other)).statusCode).toBe(
      403,
    );
    expect(
      (await call(hz, 'GET', '/v1/hazards?cursor=bogus', undefined, inspector)).statusCode,
    ).toBe(400);
  });
});
