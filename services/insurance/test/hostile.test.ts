// Generated hostile requests (see assertNoServerErrors) to every route, as an insurer, staff,
// an admin, an enterprise and anonymously: the answer is never a 5xx.
import { assertNoServerErrors, waitFor, type HostileRoute } from '@yiwang/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseRegistered, insurer, policyBody, uscc } from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
const tokens: string[] = [];
const ACME = uscc(601);
let policyId = 'pol-x';

const validBodies: Record<string, Record<string, unknown>> = {
  issue: policyBody(ACME, 'P-H-1'),
  renew: { policyNumber: 'P-H-2', endsOn: '2027-12-31', basePremiumFen: 1000 },
  cancel: { reason: 'enterprise-closed' },
  plan: { budgetFen: 1000, items: [{ kind: 'training', description: 'd' }] },
  visit: {
    visitNumber: 'V',
    visitedOn: '2026-03-02',
    costFen: 1,
    engineer: 'e',
    findings: [{ summary: 's', suggestedLevel: 'general' }],
  },
  claim: {
    claimNumber: 'C',
    occurredOn: '2026-03-02',
    deaths: 0,
    disabilities: 0,
    injuries: 1,
    thirdPartyVictims: 0,
    reservedFen: 1,
    paidFen: 0,
  },
  award: { uscc: ACME, level: 'municipal', title: 't', awardedOn: '2026-01-01' },
  rules: { version: 'h', effectiveFrom: '2026-12-01', noAccidentPercent: -10 },
};

const routes = (s: string): HostileRoute[] => [
  { method: 'POST', url: '/v1/insurance/policies', body: 'issue' },
  { method: 'GET', url: `/v1/insurance/policies/${s}` },
  {
    method: 'GET',
    url: `/v1/insurance/policies?cursor=${s}&status=${s}&limit=${s}&uscc=${s}&region=${s}`,
  },
  { method: 'POST', url: `/v1/insurance/policies/${s}/renewals`, body: 'renew' },
  { method: 'POST', url: `/v1/insurance/policies/${s}/cancellation`, body: 'cancel' },
  { method: 'PUT', url: `/v1/insurance/policies/${s}/prevention-plan`, body: 'plan' },
  { method: 'GET', url: `/v1/insurance/policies/${s}/prevention-plan` },
  { method: 'POST', url: `/v1/insurance/policies/${s}/prevention-visits`, body: 'visit' },
  { method: 'POST', url: `/v1/insurance/policies/${s}/claims`, body: 'claim' },
  { method: 'GET', url: `/v1/insurance/quotes?uscc=${s}&on=${s}&basePremiumFen=${s}` },
  { method: 'GET', url: `/v1/insurance/compliance?region=${s}&status=${s}&cursor=${s}` },
  { method: 'GET', url: `/v1/insurance/compliance/${s}` },
  { method: 'POST', url: '/v1/insurance/awards', body: 'award' },
  { method: 'GET', url: '/v1/insurance/premium-rules' },
  { method: 'POST', url: '/v1/insurance/premium-rules', body: 'rules' },
  { method: 'GET', url: `/v1/insurance/insurers/${s}/evaluations/${s}` },
];

beforeAll(async () => {
  svc = await startInsurance();
  tokens.push(await svc.token(insurer));
  tokens.push(
    await svc.token({ roles: ['inspector', 'supervisor', 'admin'], regions: ['330000'] }),
  );
  tokens.push(await svc.token({ roles: ['enterprise'], dept: ACME }));
  await svc.publish(enterpriseRegistered(ACME));
  await waitFor(
    async () => (await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}`)).statusCode === 200,
    {
      timeout: 15_000,
    },
  );
  const res = await call(svc, 'POST', '/v1/insurance/policies', validBodies['issue']);
  policyId = res.json<{ id: string }>().id;
});
afterAll(async () => {
  await svc.close();
});

describe('hostile requests', () => {
  it('never get a 5xx from any route', async () => {
    await assertNoServerErrors({
      fc,
      app: svc.app,
      routes,
      validBodies,
      segments: ['pol-none', ACME, '2026', '../..', '%00', '2026-02-30', '2026-13-01'],
      placeholders: { __policy__: [policyId] },
      callers: tokens.map((token) => ({ authorization: `Bearer ${token}` })),
      numRuns: 500,
    });
  }, 120_000);

  it('refuses NUL characters in every text field with a 400 (PostgreSQL cannot store them)', async () => {
    const nul = 'a\u0000b';
    const cases: ['POST' | 'PUT', string, Record<string, unknown>][] = [
      ['POST', '/v1/insurance/policies', { ...validBodies['issue'], policyNumber: nul }],
      ['POST', '/v1/insurance/policies', { ...validBodies['issue'], insurerName: nul }],
      [
        'PUT',
        `/v1/insurance/policies/${policyId}/prevention-plan`,
        { budgetFen: 1, items: [{ kind: 'other', description: nul }] },
      ],
      [
        'POST',
        `/v1/insurance/policies/${policyId}/prevention-visits`,
        { ...validBodies['visit'], engineer: nul },
      ],
      [
        'POST',
        `/v1/insurance/policies/${policyId}/claims`,
        { ...validBodies['claim'], claimNumber: nul },
      ],
    ];
    for (const [method, url, body] of cases) {
      expect(
        (await call(svc, method, url, body)).statusCode,
        `${url} ${Object.keys(body).join()}`,
      ).toBe(400);
    }
    const award = { ...validBodies['award'], title: nul };
    const staff = { roles: ['supervisor'], regions: ['330500'] };
    expect((await call(svc, 'POST', '/v1/insurance/awards', award, staff)).statusCode).toBe(400);
  });

  it('refuses impossible dates with a 400', async () => {
    for (const on of ['2026-13-01', '2026-02-30', '0000-00-00']) {
      const quote = await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}&on=${on}`);
      expect(quote.statusCode, on).toBe(400);
      const issue = { ...validBodies['issue'], policyNumber: `P-${on}`, startsOn: on };
      expect((await call(svc, 'POST', '/v1/insurance/policies', issue)).statusCode, on).toBe(400);
    }
  });

  it('answers valid requests on every policy route (the generator reaches the handlers)', async () => {
    const base = `/v1/insurance/policies/${policyId}`;
    expect(
      (await call(svc, 'PUT', `${base}/prevention-plan`, validBodies['plan'])).statusCode,
    ).toBe(200);
    expect(
      (await call(svc, 'POST', `${base}/prevention-visits`, validBodies['visit'])).statusCode,
    ).toBe(201);
    expect((await call(svc, 'POST', `${base}/claims`, validBodies['claim'])).statusCode).toBe(201);
    expect((await call(svc, 'POST', `${base}/renewals`, validBodies['renew'])).statusCode).toBe(
      201,
    );
  });
});
