// A policy's lapse joins the trace the policy was issued in: the sweeper runs on a timer,
// outside any request, so without the stored traceparent insurance.policy.lapsed would start a
// trace of its own, cut off from the issuing.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepPolicies } from '../src/app/sweep-policies.js';
import { enterpriseRegistered, insurer, policyBody, uscc } from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
let capture: EventCapture;
const LAPSING = uscc(131);
const ISSUED_IN = '4bf92f3577b34da6a3ce929d0e0e4736';
const DAY = 86_400_000;
const traceIdOf = (traceparent: string | undefined) => traceparent?.split('-')[1];

beforeAll(async () => {
  svc = await startInsurance();
  capture = await captureEvents(svc.nc, `${svc.prefix}.insurance.policy.lapsed.>`);
  await svc.publish(enterpriseRegistered(LAPSING));
});
afterAll(async () => {
  await capture.stop();
  await svc.close();
});

/** POST /v1/insurance/policies as the insurer, in trace `traceId`. */
async function issue(body: unknown, traceId: string) {
  return svc.app.inject({
    method: 'POST',
    url: '/v1/insurance/policies',
    headers: {
      authorization: `Bearer ${await svc.token(insurer)}`,
      traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
    },
    payload: body as Record<string, unknown>,
  });
}

describe('policy lapse and traces', () => {
  it('policy.lapsed raised by the sweeper continues the trace that issued the policy', async () => {
    const body = policyBody(LAPSING, 'P-T-1', { endsOn: '2026-03-31' });
    // the enterprise's projection arrives by the bus: until then the policy cannot be priced
    const res = await waitFor(async () => {
      const attempt = await issue(body, ISSUED_IN);
      return attempt.statusCode === 201 && attempt;
    });
    const policy = res.json<{ id: string }>();

    svc.clock.advance(31 * DAY); // 2026-04-02: past its last day
    expect(await sweepPolicies(svc.deps)).toBe(1);
    const lapsed = await capture.waitForEvent((e) => e.event.subject === policy.id);
    expect(traceIdOf(lapsed.headers['traceparent'])).toBe(ISSUED_IN);
    expect(traceIdOf(lapsed.event['traceparent'] as string | undefined)).toBe(ISSUED_IN);
  });
});
