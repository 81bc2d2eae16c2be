// Compliance end to end with the directory's events: a high-risk enterprise without a policy
// is violated at once, a policy restores it (same case id), a lapse violates it again, the
// directory marking an enterprise high-risk violates it, closing it ends the case; the bureau
// lists the non-compliant of its regions only.
import { captureEvents, waitFor, type CapturedEvent, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPolicies } from '../src/app/sweep-policies.js';
import {
  call,
  enterpriseChanged,
  enterpriseRegistered,
  inspector,
  policyBody,
  uscc,
} from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
let capture: EventCapture;
const RISKY = uscc(201);
const SHOP = uscc(202);
const DAY = 86_400_000;

const flip = (type: string, id: string) => (e: CapturedEvent) =>
  e.event.type === `yiwang.insurance.compliance.${type}.v1` && e.event['enterprise'] === id;
const nonCompliant = async (claims = inspector) =>
  (
    await call(
      svc,
      'GET',
      '/v1/insurance/compliance?status=non-compliant&limit=200',
      undefined,
      claims,
    )
  )
    .json<{
      items: { uscc: string }[];
    }>()
    .items.map((i) => i.uscc);

beforeAll(async () => {
  svc = await startInsurance();
  capture = await captureEvents(svc.nc, `${svc.prefix}.insurance.compliance.>`);
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

describe('a high-risk enterprise', () => {
  it('is non-compliant without a policy, restored by one, violated again when it lapses', async () => {
    await svc.publish(enterpriseRegistered(RISKY));
    const violated = await capture.waitForEvent(flip('violated', RISKY), 15_000);
    expect(violated.event).toMatchObject({ region: '330502', subject: RISKY });
    expect(violated.event.data).toMatchObject({
      reason: 'no-policy',
      industry: 'hazardous-chemicals',
    });
    expect(await nonCompliant()).toContain(RISKY);
    expect(await nonCompliant({ ...inspector, regions: ['330503'] })).not.toContain(RISKY);

    const res = await call(
      svc,
      'POST',
      '/v1/insurance/policies',
      policyBody(RISKY, 'P-C-1', { endsOn: '2026-03-31' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const restored = await capture.waitForEvent(flip('restored', RISKY));
    const caseId = (violated.event.data as { complianceId: string }).complianceId;
    expect(restored.event.data).toMatchObject({
      complianceId: caseId,
      policyId: res.json<{ id: string }>().id,
    });
    expect(await nonCompliant()).not.toContain(RISKY);

    svc.clock.advance(31 * DAY);
    await sweepPolicies(svc.deps);
    const again = await capture.waitForEvent(
      (e) =>
        flip('violated', RISKY)(e) &&
        (e.event.data as { reason: string }).reason === 'policy-lapsed',
    );
    expect((again.event.data as { complianceId: string }).complianceId).not.toBe(caseId);
    expect(again.event['sequence']).toBeGreaterThan(restored.event['sequence'] as number);
    const record = await call(svc, 'GET', `/v1/insurance/compliance/${RISKY}`, undefined, {
      roles: ['enterprise'],
      dept: RISKY,
    });
    expect(record.json()).toMatchObject({ status: 'non-compliant', reason: 'policy-lapsed' });
  });
});

describe('directory changes', () => {
  it('move a record to its new region’s list without a flip', async () => {
    await svc.publish(enterpriseChanged(RISKY, 2, { region: '330503' }));
    const deqing = { ...inspector, regions: ['330503'] };
    await waitFor(async () => (await nonCompliant(deqing)).includes(RISKY), { timeout: 15_000 });
    expect(await nonCompliant()).not.toContain(RISKY);
  });

  it('flip compliance when an enterprise becomes high-risk, and end the case when it closes', async () => {
    await svc.publish(enterpriseRegistered(SHOP, { highRisk: false }));
    await waitFor(
      async () =>
        (await call(svc, 'GET', `/v1/insurance/compliance/${SHOP}`, undefined, inspector))
          .statusCode === 200,
      {
        timeout: 15_000,
      },
    );
    expect(capture.events.some(flip('violated', SHOP))).toBe(false);
    await svc.publish(enterpriseChanged(SHOP, 2, { highRisk: true }));
    await capture.waitForEvent(flip('violated', SHOP), 15_000);
    await svc.publish(enterpriseChanged(SHOP, 3, 'closed'));
    const ended = await capture.waitForEvent(flip('ended', SHOP), 15_000);
    expect(ended.event.data).toMatchObject({ reason: 'enterprise-closed' });
    // A stale directory event (sequence 2 again) changes nothing.
    await svc.publish(enterpriseChanged(SHOP, 2, { highRisk: true }));
    await svc.publish(enterpriseChanged(SHOP, 4, 'reopened'));
    await capture.waitForEvent(
      (e) => flip('violated', SHOP)(e) && e.event['sequence'] === 4,
      15_000,
    );
    expect(capture.events.filter(flip('violated', SHOP))).toHaveLength(2);
  });

  it('is readable only within the caller’s scope', async () => {
    const url = `/v1/insurance/compliance/${SHOP}`;
    expect(
      (await call(svc, 'GET', url, undefined, { ...inspector, regions: ['330503'] })).statusCode,
    ).toBe(403);
    expect(
      (await call(svc, 'GET', url, undefined, { roles: ['enterprise'], dept: RISKY })).statusCode,
    ).toBe(403);
    expect(
      (await call(svc, 'GET', '/v1/insurance/compliance?region=330503', undefined, inspector))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await call(svc, 'GET', '/v1/insurance/compliance', undefined, {
          roles: ['enterprise'],
          dept: SHOP,
        })
      ).statusCode,
    ).toBe(403);
  });
});
