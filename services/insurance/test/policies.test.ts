// Policies over HTTP against real PostgreSQL and NATS: issuing (priced from the projections,
// natural idempotency, legal minimums), access by insurer / enterprise / region, renewal,
// cancellation only after the enterprise closed, and the lapse sweeper.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPolicies } from '../src/app/sweep-policies.js';
import {
  call,
  enterpriseChanged,
  enterpriseRegistered,
  inspector,
  insurer,
  policyBody,
  uscc,
} from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
let capture: EventCapture;
const ACME = uscc(101);
const CLOSING = uscc(102);
const LAPSING = uscc(103);
const DAY = 86_400_000;
type PolicyJson = {
  id: string;
  status: string;
  startsOn: string;
  endsOn: string;
  renewedBy?: string;
  premium: { premiumFen: number; adjustmentPercent: number; ruleVersion: string };
};

beforeAll(async () => {
  svc = await startInsurance();
  capture = await captureEvents(svc.nc, `${svc.prefix}.insurance.>`);
  await svc.publish(enterpriseRegistered(ACME, { employees: 100 }));
  await svc.publish(enterpriseRegistered(CLOSING));
  await svc.publish(enterpriseRegistered(LAPSING));
  for (const id of [ACME, CLOSING, LAPSING]) {
    await waitFor(
      async () => (await call(svc, 'GET', `/v1/insurance/quotes?uscc=${id}`)).statusCode === 200,
      {
        timeout: 15_000,
      },
    );
  }
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

describe('issuing a policy', () => {
  it('prices it from the floating factors and publishes policy.issued', async () => {
    const res = await call(svc, 'POST', '/v1/insurance/policies', policyBody(ACME, 'P-ACME-1'));
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json<PolicyJson>();
    // No accident in the last year: −10 %.
    expect(p.premium).toMatchObject({
      premiumFen: 900_000,
      adjustmentPercent: -10,
      ruleVersion: 'yingji-2025-27',
    });
    const issued = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.insurance.policy.issued.v1' && e.event.subject === p.id,
    );
    expect(issued.event).toMatchObject({ enterprise: ACME, region: '330502', sequence: 1 });
    expect(issued.event.data).toMatchObject({
      insurer: insurer.dept,
      insuredEmployees: 120,
      cover: { deathOrDisabilityPerPersonFen: 50_000_000, thirdPartyFen: 100_000_000 },
      basePremiumFen: 1_000_000,
      floatingAdjustmentPercent: -10,
      premiumFen: 900_000,
      preventionBudgetFen: 189_000,
    });
    const again = await call(svc, 'POST', '/v1/insurance/policies', policyBody(ACME, 'P-ACME-1'));
    expect(again.statusCode).toBe(200);
    expect(again.json<PolicyJson>().id).toBe(p.id);
  });

  it('refuses less than 400,000 yuan per person, fewer employees than the directory, a wrong premium', async () => {
    const low = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(ACME, 'P-LOW', { sumInsuredPerPersonFen: 39_999_999 }),
    );
    expect(low.statusCode).toBe(422);
    expect(low.json()).toMatchObject({ code: 'INSURANCE.SUM_INSURED_TOO_LOW' });
    const few = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(ACME, 'P-FEW', { insuredEmployees: 99 }),
    );
    expect(few.json()).toMatchObject({
      code: 'INSURANCE.NOT_ALL_EMPLOYEES',
      directoryEmployees: 100,
    });
    const wrong = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(ACME, 'P-WRONG', { premiumFen: 1_000_000 }),
    );
    expect(wrong.json()).toMatchObject({
      code: 'INSURANCE.PREMIUM_MISMATCH',
      expectedPremiumFen: 900_000,
    });
    const bad = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody('91330502000000101A', 'P-BAD'),
    );
    expect(bad.json()).toMatchObject({ code: 'INSURANCE.USCC_INVALID' });
  });

  it('is for insurers only, within their regions', async () => {
    const asStaff = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(ACME, 'P-X'),
      inspector,
    );
    expect(asStaff.statusCode).toBe(403);
    const elsewhere = await call(svc, 'POST', '/v1/insurance/policies', policyBody(ACME, 'P-Y'), {
      ...insurer,
      regions: ['330503'],
    });
    expect(elsewhere.statusCode).toBe(403);
  });
});

describe('who sees a policy', () => {
  it('its insurer, the enterprise, staff of its region; not another insurer or enterprise', async () => {
    const p = (
      await call(svc, 'POST', '/v1/insurance/policies', policyBody(ACME, 'P-ACME-1'))
    ).json<PolicyJson>();
    const url = `/v1/insurance/policies/${p.id}`;
    expect((await call(svc, 'GET', url)).statusCode).toBe(200);
    expect(
      (await call(svc, 'GET', url, undefined, { roles: ['enterprise'], dept: ACME })).statusCode,
    ).toBe(200);
    expect((await call(svc, 'GET', url, undefined, inspector)).statusCode).toBe(200);
    expect(
      (await call(svc, 'GET', url, undefined, { ...inspector, regions: ['330503'] })).statusCode,
    ).toBe(403);
    expect(
      (await call(svc, 'GET', url, undefined, { ...insurer, dept: uscc(900_002) })).statusCode,
    ).toBe(403);
    expect(
      (await call(svc, 'GET', url, undefined, { roles: ['enterprise'], dept: CLOSING })).statusCode,
    ).toBe(403);
    const other = await call(svc, 'GET', '/v1/insurance/policies?limit=200', undefined, {
      ...insurer,
      dept: uscc(900_002),
    });
    expect(other.json<{ items: PolicyJson[] }>().items).toEqual([]);
    const own = await call(svc, 'GET', `/v1/insurance/policies?uscc=${ACME}`, undefined, {
      roles: ['enterprise'],
      dept: ACME,
    });
    expect(own.json<{ items: PolicyJson[] }>().items.map((i) => i.id)).toContain(p.id);
  });
});

describe('cancellation', () => {
  it('is refused while the enterprise is open and allowed once the directory says it closed', async () => {
    const p = (
      await call(svc, 'POST', '/v1/insurance/policies', policyBody(CLOSING, 'P-CL-1'))
    ).json<PolicyJson>();
    const url = `/v1/insurance/policies/${p.id}/cancellation`;
    const refused = await call(svc, 'POST', url, { reason: 'other' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'INSURANCE.CANCELLATION_NOT_ALLOWED' });
    expect(
      (await call(svc, 'POST', url, { reason: 'other' }, { ...insurer, dept: uscc(900_002) }))
        .statusCode,
    ).toBe(403);
    await svc.publish(enterpriseChanged(CLOSING, 2, 'closed'));
    const done = await waitFor(
      async () => {
        const r = await call(svc, 'POST', url, { reason: 'enterprise-closed' });
        return r.statusCode === 200 ? r : undefined;
      },
      { timeout: 15_000 },
    );
    expect(done.json<PolicyJson>().status).toBe('cancelled');
    const ev = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.insurance.policy.cancelled.v1' && e.event.subject === p.id,
    );
    expect(ev.event.data).toMatchObject({ reason: 'enterprise-closed', effectiveOn: '2026-03-02' });
  });
});

describe('renewal and lapse', () => {
  it('renews on the day after the end, and the sweeper lapses only what was not renewed', async () => {
    const renewed = (
      await call(
        svc,
        'POST',
        '/v1/insurance/policies',
        policyBody(ACME, 'P-R-1', { endsOn: '2026-03-31' }),
      )
    ).json<PolicyJson>();
    const lapsing = (
      await call(
        svc,
        'POST',
        '/v1/insurance/policies',
        policyBody(LAPSING, 'P-L-1', { endsOn: '2026-03-31' }),
      )
    ).json<PolicyJson>();
    const res = await call(svc, 'POST', `/v1/insurance/policies/${renewed.id}/renewals`, {
      policyNumber: 'P-R-2',
      endsOn: '2027-03-31',
      basePremiumFen: 1_000_000,
    });
    expect(res.statusCode, res.body).toBe(201);
    const next = res.json<PolicyJson>();
    expect(next).toMatchObject({ startsOn: '2026-04-01', endsOn: '2027-03-31', status: 'active' });
    const ev = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.insurance.policy.renewed.v1' && e.event.subject === next.id,
    );
    expect(ev.event.data).toMatchObject({ previousPolicyId: renewed.id, policyNumber: 'P-R-2' });
    const again = await call(svc, 'POST', `/v1/insurance/policies/${renewed.id}/renewals`, {
      policyNumber: 'P-R-3',
      endsOn: '2027-03-31',
      basePremiumFen: 1,
    });
    expect(again.statusCode).toBe(409);

    expect(await sweepPolicies(svc.deps)).toBe(0);
    svc.clock.advance(31 * DAY); // 2026-04-02
    const late = await call(svc, 'POST', `/v1/insurance/policies/${lapsing.id}/renewals`, {
      policyNumber: 'P-L-2',
      endsOn: '2027-03-31',
      basePremiumFen: 1,
    });
    expect(late.json()).toMatchObject({ code: 'INSURANCE.RENEWAL_TOO_LATE' });
    expect(await sweepPolicies(svc.deps)).toBeGreaterThanOrEqual(2);
    expect(await sweepPolicies(svc.deps)).toBe(0);
    const lapsed = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.insurance.policy.lapsed.v1' && e.event.subject === lapsing.id,
    );
    expect(lapsed.event.data).toMatchObject({ policyId: lapsing.id, endedOn: '2026-03-31' });
    const old = (await call(svc, 'GET', `/v1/insurance/policies/${renewed.id}`)).json<PolicyJson>();
    expect(old).toMatchObject({ status: 'expired', renewedBy: next.id });
    await new Promise((r) => setTimeout(r, 300));
    expect(
      capture.events.some(
        (e) =>
          e.event.type === 'yiwang.insurance.policy.lapsed.v1' && e.event.subject === renewed.id,
      ),
    ).toBe(false);
  });
});
