// Generated hostile requests (see assertNoServerErrors) to every route, as staff, as an
// enterprise and anonymously: the answer is never a 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService } from './support/harness.js';
import { assertNoServerErrors, waitFor, type HostileRoute } from '@yiwang/testing';

let hz: HazardsService;
const tokens: string[] = [];
const ACME = uscc(301);
const ids: string[] = [];
let accidentId = 'acc-x';
let installationId = 'inst-x';

const validBodies: Record<string, Record<string, unknown>> = {
  report: { uscc: ACME, category: 'equipment', summary: 's', region: '330502' },
  grade: {
    level: 'major',
    stopRequired: 'none',
    checklist: { standard: 'gongmao-2023', itemId: '3-1' },
  },
  'double-report': {
    toRegulatorAt: '2026-01-01T00:00:00Z',
    toWorkersCongressAt: '2026-01-01T00:00:00Z',
  },
  'submit-plan': { plannedCompletion: '2026-12-31', fundsFen: 1, parts: { goalsAndTasks: 'd' } },
  'order-stop': { scope: 'full', orderNumber: 'n', reason: 'r' },
  list: {
    authority: 'a',
    authorityLevel: 'city',
    documentNumber: 'n',
    deadline: '2026-12-31',
    noticeSummary: 's',
  },
  'start-rectification': {},
  'request-extension': { requestedDeadline: '2027-01-31', reason: 'r' },
  'decide-extension': { decision: 'refused', reason: 'r' },
  rectify: { evidence: ['e'] },
  recheck: { outcome: 'failed', findings: 'f', newDeadline: '2026-12-31' },
  assess: { assessor: 'enterprise', conclusion: 'eliminated', reportId: 'r' },
  'apply-resumption': {},
  review: { outcome: 'passed' },
  close: {},
  accident: {
    uscc: ACME,
    kind: 'fire',
    place: 'p',
    occurredAt: '2026-01-01T00:00:00Z',
    learnedAt: '2026-01-01T00:10:00Z',
    summary: 's',
    deaths: 0,
    seriousInjuries: 0,
    directLossFen: 0,
  },
  revision: { deaths: 1, seriousInjuries: 0, directLossFen: 0, reason: 'r' },
  'order-enforcement': {
    measures: ['daily-fine'],
    decisionNumber: 'n',
    dailyFineFen: 100,
    reason: 'r',
  },
  'lift-enforcement': { reason: 'r' },
  installation: {
    uscc: ACME,
    name: 'tank',
    substances: [{ name: 'Cl2', quantityTonnes: 10, criticalTonnes: 5 }],
    rValue: 12.5,
    sensorIds: ['s-1'],
  },
  assessment: { rValue: 60, assessmentReportId: 'r-1' },
  filing: {
    uscc: ACME,
    period: '2025Q4',
    principalName: 'p',
    signedByPrincipal: true,
    general: { found: 1, rectified: 1 },
    major: { found: 0, rectified: 0, listed: 0 },
    investmentFen: 0,
  },
};
const NOT_TRANSITIONS = ['report', 'accident', 'revision', 'installation', 'assessment', 'filing'];
const transitions = Object.keys(validBodies).filter((k) => !NOT_TRANSITIONS.includes(k));

const routes = (s: string): HostileRoute[] => [
  { method: 'POST', url: '/v1/hazards', body: 'report' },
  { method: 'GET', url: `/v1/hazards/${s}` },
  { method: 'GET', url: `/v1/hazards?cursor=${s}&status=${s}&limit=${s}` },
  { method: 'GET', url: `/v1/hazards?uscc=${s}&region=${s}&level=${s}` },
  { method: 'GET', url: `/v1/public/listed-hazards?cursor=${s}&region=${s}` },
  { method: 'POST', url: '/v1/accidents', body: 'accident' },
  { method: 'POST', url: `/v1/accidents/${s}/revisions`, body: 'revision' },
  { method: 'GET', url: `/v1/accidents/${s}` },
  { method: 'POST', url: '/v1/installations', body: 'installation' },
  { method: 'POST', url: `/v1/installations/${s}/assessments`, body: 'assessment' },
  { method: 'GET', url: `/v1/installations/${s}` },
  { method: 'GET', url: `/v1/installations?grade=${s}&dueBy=${s}&cursor=${s}&uscc=${s}` },
  { method: 'POST', url: '/v1/statistics-filings', body: 'filing' },
  { method: 'GET', url: `/v1/statistics-filings?period=${s}&late=${s}&region=${s}` },
  { method: 'GET', url: `/v1/statistics-filings/missing?period=${s}&cursor=${s}` },
  { method: 'GET', url: `/v1/hazards/stats?period=${s}&region=${s}&top=${s}` },
  { method: 'GET', url: '/v1/hazards/stats?period=2026Q1' },
  ...transitions.map((t) => ({ method: 'POST' as const, url: `/v1/hazards/${s}/${t}`, body: t })),
];

beforeAll(async () => {
  hz = await startHazards();
  tokens.push(await hz.token({ roles: ['inspector', 'supervisor', 'admin'], regions: ['330000'] }));
  tokens.push(await hz.token({ roles: ['enterprise'], dept: ACME }));
  await hz.publish(enterpriseRegistered(ACME));
  for (let i = 0; i < 3; i++) {
    const res = await call(hz, 'POST', '/v1/hazards', validBodies['report'], {
      roles: ['inspector'],
    });
    ids.push(res.json<{ id: string }>().id);
  }
  await waitFor(
    async () => {
      const r = await call(hz, 'GET', `/v1/hazards/${ids[0]}`, undefined, { roles: ['inspector'] });
      return r.json<{ enterpriseName: string | null }>().enterpriseName !== null;
    },
    { timeout: 15_000 },
  );
  const acc = await call(
    hz,
    'POST',
    '/v1/accidents',
    { ...validBodies['accident'], region: '330502', industry: 'trade' },
    { roles: ['inspector'] },
  );
  accidentId = acc.json<{ id: string }>().id;
  const inst = await call(hz, 'POST', '/v1/installations', validBodies['installation'], {
    roles: ['inspector'],
  });
  installationId = inst.json<{ id: string }>().id;
});
afterAll(async () => {
  await hz.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: hz.app,
      routes,
      validBodies,
      segments: ['hz-none', ACME, '0195f0e4-0000-7000-8000-000000000000', '2026Q1'],
      placeholders: { __id__: ids, __acc__: [accidentId], __inst__: [installationId] },
      callers: tokens.map((token) => ({ authorization: `Bearer ${token}` })),
      numRuns: 800,
    });
  }, 90_000);
});
