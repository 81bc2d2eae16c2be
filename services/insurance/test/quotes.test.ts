// The floating premium from the local projections, as the quote explains it: accidents
// reported by hazards, claims, credit listings, awards; versioned rule tables (a policy keeps
// the version it was priced with).
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accidentReported,
  call,
  enterpriseRegistered,
  inspector,
  insurer,
  listingListed,
  listingRemoved,
  policyBody,
  uscc,
} from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
let capture: EventCapture;
const ACME = uscc(301);
const CLEAN = uscc(302);
const supervisor = { roles: ['supervisor'], regions: ['330502'], sub: 'sup-1' };
type Factor = { code: string; percent: number; reason: string; evidence: string[] };
type QuoteJson = {
  adjustmentPercent: number;
  ruleVersion: string;
  premiumFen?: number;
  preventionBudgetFen?: number;
  factors: Factor[];
};

const quote = async (id: string, query = '') =>
  (await call(svc, 'GET', `/v1/insurance/quotes?uscc=${id}${query}`)).json<QuoteJson>();
const factor = (q: QuoteJson, code: string) => q.factors.find((f) => f.code === code);

beforeAll(async () => {
  svc = await startInsurance();
  capture = await captureEvents(svc.nc, `${svc.prefix}.insurance.claim.>`);
  await svc.publish(enterpriseRegistered(ACME));
  await svc.publish(enterpriseRegistered(CLEAN));
  await waitFor(
    async () => (await call(svc, 'GET', `/v1/insurance/quotes?uscc=${CLEAN}`)).statusCode === 200,
    {
      timeout: 15_000,
    },
  );
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

describe('the quote', () => {
  it('explains every factor: accidents by level, listing, and an award', async () => {
    const clean = await quote(CLEAN, '&basePremiumFen=1000000');
    expect(clean).toMatchObject({
      adjustmentPercent: -10,
      premiumFen: 900_000,
      preventionBudgetFen: 189_000,
    });
    expect(clean.factors.map((f) => f.code)).toEqual([
      'accident-history',
      'credit-listing',
      'credit-rating',
      'standardisation',
      'award',
    ]);
    await svc.publish(accidentReported('acc-1', ACME, 'general'));
    await svc.publish(accidentReported('acc-2', ACME, 'larger'));
    const withAccidents = await waitFor(
      async () => {
        const q = await quote(ACME);
        return factor(q, 'accident-history')?.evidence.length === 2 ? q : undefined;
      },
      { timeout: 15_000 },
    );
    expect(factor(withAccidents, 'accident-history')).toMatchObject({
      percent: 20,
      evidence: ['acc-1', 'acc-2'],
      reason: expect.stringContaining('larger') as unknown,
    });

    await svc.publish(listingListed('lst-1', ACME));
    const listed = await waitFor(
      async () => {
        const q = await quote(ACME);
        return factor(q, 'credit-listing')?.percent === 10 ? q : undefined;
      },
      { timeout: 15_000 },
    );
    expect(listed.adjustmentPercent).toBe(30);

    const award = await call(
      svc,
      'POST',
      '/v1/insurance/awards',
      { uscc: ACME, level: 'provincial', title: '省级安全生产先进单位', awardedOn: '2026-01-10' },
      supervisor,
    );
    expect(award.statusCode, award.body).toBe(201);
    expect(factor(await quote(ACME), 'award')).toMatchObject({
      percent: 0,
      reason: expect.stringContaining('listed') as unknown,
    });
    await svc.publish(listingRemoved('lst-1', ACME));
    const cleared = await waitFor(
      async () => {
        const q = await quote(ACME);
        return factor(q, 'credit-listing')?.percent === 0 ? q : undefined;
      },
      { timeout: 15_000 },
    );
    expect(factor(cleared, 'award')?.percent).toBe(-10);
    expect(cleared.adjustmentPercent).toBe(10);
  });

  it('is readable by the enterprise itself and staff of its region only', async () => {
    expect(
      (
        await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}`, undefined, {
          roles: ['enterprise'],
          dept: ACME,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}`, undefined, {
          roles: ['enterprise'],
          dept: CLEAN,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}`, undefined, {
          ...inspector,
          regions: ['330503'],
        })
      ).statusCode,
    ).toBe(403);
    const unknown = await call(svc, 'GET', `/v1/insurance/quotes?uscc=${uscc(399)}`);
    expect(unknown.json()).toMatchObject({ code: 'INSURANCE.ENTERPRISE_NOT_FOUND' });
  });
});

describe('claims', () => {
  it('feed the accident history and are published without personal data', async () => {
    const p = (await call(svc, 'POST', '/v1/insurance/policies', policyBody(CLEAN, 'P-Q-1'))).json<{
      id: string;
    }>();
    const body = {
      claimNumber: 'CL-1',
      occurredOn: '2026-03-02',
      deaths: 3,
      disabilities: 0,
      injuries: 2,
      thirdPartyVictims: 0,
      reservedFen: 5_000_000,
      paidFen: 0,
    };
    const res = await call(svc, 'POST', `/v1/insurance/policies/${p.id}/claims`, body);
    expect(res.statusCode, res.body).toBe(201);
    const history = factor(await quote(CLEAN), 'accident-history');
    expect(history).toMatchObject({
      percent: 20,
      evidence: [`claim:${res.json<{ id: string }>().id}`],
    });
    const ev = await capture.waitForEvent((e) => e.event.subject === res.json<{ id: string }>().id);
    expect(ev.event).toMatchObject({
      type: 'yiwang.insurance.claim.recorded.v1',
      classification: 'restricted',
      enterprise: CLEAN,
    });
    expect(
      (await call(svc, 'POST', `/v1/insurance/policies/${p.id}/claims`, body)).statusCode,
    ).toBe(200);
    expect(
      (
        await call(
          svc,
          'POST',
          `/v1/insurance/policies/${p.id}/claims`,
          { ...body, claimNumber: 'CL-2' },
          { ...insurer, dept: uscc(900_009) },
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('rule table versions', () => {
  it('price new policies under the new version while issued ones keep theirs', async () => {
    const rules = (await call(svc, 'GET', '/v1/insurance/premium-rules')).json<{
      items: Record<string, unknown>[];
    }>();
    const v1 = rules.items[0] ?? {};
    const v2 = {
      ...v1,
      version: 'local-2026',
      effectiveFrom: '2026-04-01',
      noAccidentPercent: -15,
    };
    expect(
      (await call(svc, 'POST', '/v1/insurance/premium-rules', v2, supervisor)).statusCode,
    ).toBe(403);
    const admin = { roles: ['admin'], regions: ['330500'] };
    expect((await call(svc, 'POST', '/v1/insurance/premium-rules', v2, admin)).statusCode).toBe(
      201,
    );
    expect((await call(svc, 'POST', '/v1/insurance/premium-rules', v2, admin)).statusCode).toBe(
      200,
    );
    const conflicting = await call(
      svc,
      'POST',
      '/v1/insurance/premium-rules',
      { ...v2, listedPercent: 50 },
      admin,
    );
    expect(conflicting.json()).toMatchObject({ code: 'INSURANCE.RULES_VERSION_CONFLICT' });
    const retro = await call(
      svc,
      'POST',
      '/v1/insurance/premium-rules',
      { ...v2, version: 'old', effectiveFrom: '2026-01-01' },
      admin,
    );
    expect(retro.json()).toMatchObject({ code: 'INSURANCE.RULES_RETROACTIVE' });

    const before = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(ACME, 'P-V-1', { endsOn: '2026-03-31' }),
    );
    expect(before.json()).toMatchObject({ premium: { ruleVersion: 'yingji-2025-27' } });
    const later = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(ACME, 'P-V-2', { startsOn: '2026-04-01', endsOn: '2027-03-31' }),
    );
    expect(later.json()).toMatchObject({ premium: { ruleVersion: 'local-2026' } });
    const kept = await call(
      svc,
      'GET',
      `/v1/insurance/policies/${before.json<{ id: string }>().id}`,
    );
    expect(kept.json()).toMatchObject({ premium: { ruleVersion: 'yingji-2025-27' } });
    expect((await quote(CLEAN, '&on=2026-04-01')).ruleVersion).toBe('local-2026');
  });
});
