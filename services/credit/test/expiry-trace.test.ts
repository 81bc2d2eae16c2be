// A listing's removal at the end of its term joins the trace the case was opened in: the sweeper
// runs on a timer, outside any request, so without the stored traceparent credit.listing.removed
// would start a trace of its own, cut off from the proposal that led to it.
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiries } from '../src/app/sweep-expiries.js';
import { call, uscc } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
let capture: EventCapture;
const ENT = uscc(631);
const OPENED_IN = '4bf92f3577b34da6a3ce929d0e0e4736';
const traceIdOf = (traceparent: string | undefined) => traceparent?.split('-')[1];

beforeAll(async () => {
  cr = await startCredit();
  capture = await captureEvents(cr.nc, `${cr.prefix}.credit.listing.removed.>`);
});
afterAll(async () => {
  await capture.stop();
  await cr.close();
});

/** A request that must succeed; returns the body. */
async function ok(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await call(cr, 'POST', url, body, undefined, headers);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json<{ id: string }>();
}

describe('listing expiry and traces', () => {
  it('listing.removed raised by the sweeper continues the trace that opened the case', async () => {
    cr.clock.set('2026-03-02T02:00:00Z');
    await ok('/v1/credit/subjects', {
      kind: 'enterprise',
      uscc: ENT,
      name: '湖州某燃气有限公司',
      region: '330502',
    });
    const record = await ok('/v1/credit/records', {
      subjectId: ENT,
      kind: 'penalty',
      trigger: 'other',
      triggerRef: 'trace-1',
      occurredOn: '2026-03-01',
      summary: 'Operated without a licence',
    });
    const listing = await ok(
      '/v1/credit/listings',
      { subjectId: ENT, criterion: 'other', recordIds: [record.id] },
      { traceparent: `00-${OPENED_IN}-00f067aa0ba902b7-01` },
    );
    // the notice and the decision come in traces of their own (no traceparent sent)
    await ok(`/v1/credit/listings/${listing.id}/notice`, { noticeNumber: 'N-31' });
    cr.clock.set('2026-03-10T02:00:00Z'); // past the defence window
    await ok(`/v1/credit/listings/${listing.id}/decide`, {
      decision: 'list',
      decisionNumber: 'D-31',
    });

    cr.clock.set('2029-03-10T02:00:00Z');
    expect((await sweepExpiries(cr.deps)).removed).toBe(1);
    const removed = await capture.waitForEvent((e) => e.event.subject === listing.id);
    expect(traceIdOf(removed.headers['traceparent'])).toBe(OPENED_IN);
    expect(traceIdOf(removed.event['traceparent'] as string | undefined)).toBe(OPENED_IN);
  });
});
