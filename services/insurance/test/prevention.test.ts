// Prevention services: the 21 % budget cap is enforced on plans and visits; each finding of a
// visit is published as the event the hazards context opens a case from (source
// insurer-prevention; it needs the enterprise and region in the envelope); the insurer's
// annual evaluation adds it all up.
import { catalog } from '@yiwang/contracts';
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseRegistered, insurer, policyBody, uscc } from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
let capture: EventCapture;
let policyId = '';
const ACME = uscc(501);
const other = { ...insurer, dept: uscc(900_005) };
const visit = (n: string, costFen: number, findings = 0) => ({
  visitNumber: n,
  visitedOn: '2026-03-02',
  costFen,
  engineer: '王工',
  findings: Array.from({ length: findings }, (_, i) => ({
    summary: `Unguarded belt conveyor ${i + 1}`,
    suggestedLevel: 'general',
    photos: ['photo-1'],
  })),
});

beforeAll(async () => {
  svc = await startInsurance();
  capture = await captureEvents(svc.nc, `${svc.prefix}.insurance.prevention.>`);
  await svc.publish(enterpriseRegistered(ACME));
  await waitFor(
    async () => (await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}`)).statusCode === 200,
    {
      timeout: 15_000,
    },
  );
  // Premium 900,000 fen (−10 %, no accident): the cap is 21 % = 189,000 fen.
  const res = await call(svc, 'POST', '/v1/insurance/policies', policyBody(ACME, 'P-PV-1'));
  policyId = res.json<{ id: string }>().id;
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

describe('the prevention plan', () => {
  const url = () => `/v1/insurance/policies/${policyId}/prevention-plan`;
  const plan = (budgetFen: number) => ({
    budgetFen,
    items: [{ kind: 'inspection', description: 'Quarterly site inspection' }],
  });

  it('is refused above 21 % of the premium with a stable code, accepted at the cap', async () => {
    const over = await call(svc, 'PUT', url(), plan(189_001));
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({
      code: 'INSURANCE.PREVENTION_BUDGET_EXCEEDED',
      capFen: 189_000,
    });
    const ok = await call(svc, 'PUT', url(), plan(189_000));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ budgetFen: 189_000, capFen: 189_000, spentFen: 0 });
    expect((await call(svc, 'PUT', url(), plan(100), other)).statusCode).toBe(403);
  });

  it('visits publish one finding event per finding, which hazards turns into cases', async () => {
    const res = await call(
      svc,
      'POST',
      `/v1/insurance/policies/${policyId}/prevention-visits`,
      visit('V-1', 100_000, 2),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { id: visitId, findings } = res.json<{ id: string; findings: { id: string }[] }>();
    expect(findings).toHaveLength(2);
    const events = await capture.waitForCount(2);
    for (const { event, subject } of events) {
      // What services/hazards/src/events/open-case-when-prevention-finding-reported.ts reads.
      expect(subject).toBe(`${svc.prefix}.insurance.prevention.finding-reported.330502`);
      expect(event).toMatchObject({
        type: 'yiwang.insurance.prevention.finding-reported.v1',
        enterprise: ACME,
        region: '330502',
      });
      expect(event.data).toMatchObject({
        visitId,
        policyId,
        insurer: insurer.dept,
        suggestedLevel: 'general',
        photos: ['photo-1'],
      });
      expect(catalog.validate(event).ok).toBe(true);
    }
    expect(events.map((e) => (e.event.data as { findingId: string }).findingId).sort()).toEqual(
      findings.map((f) => f.id).sort(),
    );
    // The same visit number again: the stored visit, no second set of findings.
    expect(
      (
        await call(
          svc,
          'POST',
          `/v1/insurance/policies/${policyId}/prevention-visits`,
          visit('V-1', 100_000, 2),
        )
      ).statusCode,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(capture.events).toHaveLength(2);
  });

  it('keeps visits within the budget and the budget above what was spent', async () => {
    const over = await call(
      svc,
      'POST',
      `/v1/insurance/policies/${policyId}/prevention-visits`,
      visit('V-2', 89_001),
    );
    expect(over.json()).toMatchObject({ code: 'INSURANCE.PREVENTION_BUDGET_EXCEEDED' });
    expect(
      (
        await call(
          svc,
          'POST',
          `/v1/insurance/policies/${policyId}/prevention-visits`,
          visit('V-3', 89_000),
        )
      ).statusCode,
    ).toBe(201);
    const cut = await call(svc, 'PUT', url(), plan(100_000));
    expect(cut.json()).toMatchObject({
      code: 'INSURANCE.PREVENTION_BUDGET_EXCEEDED',
      spentFen: 189_000,
    });
  });
});

describe('the annual evaluation', () => {
  it('adds up an insurer’s year for itself and supervisors, nobody else', async () => {
    const url = `/v1/insurance/insurers/${insurer.dept}/evaluations/2026`;
    const res = await call(svc, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      policies: 1,
      premiumFen: 900_000,
      preventionBudgetCapFen: 189_000,
      plannedFen: 189_000,
      spentFen: 189_000,
      spentShareBasisPoints: 2100,
      policiesVisited: 1,
      visits: 2,
      findings: 2,
    });
    expect(
      (await call(svc, 'GET', url, undefined, { roles: ['supervisor'], regions: ['330500'] }))
        .statusCode,
    ).toBe(200);
    const elsewhere = await call(svc, 'GET', url, undefined, {
      roles: ['supervisor'],
      regions: ['330503'],
    });
    expect(elsewhere.json()).toMatchObject({ policies: 0, visits: 0 });
    expect((await call(svc, 'GET', url, undefined, other)).statusCode).toBe(403);
    expect(
      (await call(svc, 'GET', url, undefined, { roles: ['inspector'], regions: ['330500'] }))
        .statusCode,
    ).toBe(403);
  });
});
