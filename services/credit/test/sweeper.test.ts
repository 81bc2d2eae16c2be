// The expiry sweeper with an injected clock: an adverse record stops lowering the rating after
// 12 months (rating.changed, reason bad-record-expired); a listing whose term ended is removed
// exactly once even when two sweeps run at once. Also: a proposal retried with the same
// Idempotency-Key gets the first answer.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiries } from '../src/app/sweep-expiries.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
let capture: EventCapture;
const ENT = uscc(601);
const OTHER = uscc(602);

beforeAll(async () => {
  cr = await startCredit();
  capture = await captureEvents(cr.nc, `${cr.prefix}.credit.>`);
  for (const id of [ENT, OTHER]) {
    const res = await call(cr, 'POST', '/v1/credit/subjects', {
      kind: 'enterprise',
      uscc: id,
      name: '湖州某化工有限公司',
      region: '330502',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => {
  await capture.stop();
  await cr.close();
});

const rating = async (id: string) =>
  (await call(cr, 'GET', `/v1/credit/subjects/${id}`)).json<{ rating: number }>().rating;
const record = (subjectId: string, triggerRef: string, extra: Record<string, unknown> = {}) =>
  call(cr, 'POST', '/v1/credit/records', {
    subjectId,
    kind: 'bad-record',
    triggerRef,
    occurredOn: '2026-03-01',
    summary: 'Major hazard not rectified in time',
    ...extra,
  });

describe('the sweeper', () => {
  it('restores the rating when an adverse record stops counting after 12 months', async () => {
    const graded = uscc(603);
    await cr.publish(enterpriseRegistered(graded, '2'));
    await waitFor(
      async () => (await call(cr, 'GET', `/v1/credit/subjects/${graded}`)).statusCode === 200,
    );
    expect(await rating(graded)).toBe(2);
    expect((await record(graded, 'bad-2')).statusCode).toBe(201);
    expect(await rating(graded)).toBe(3);
    cr.clock.set('2027-03-01T02:00:00Z');
    expect((await sweepExpiries(cr.deps)).rated).toBe(0);
    cr.clock.set('2027-03-02T02:00:00Z');
    expect((await sweepExpiries(cr.deps)).rated).toBe(1);
    expect((await sweepExpiries(cr.deps)).rated).toBe(0);
    expect(await rating(graded)).toBe(2);
    const changed = await capture.waitForEvent(
      (e) =>
        e.event.type.endsWith('rating.changed.v1') &&
        (e.event.data as { reason: string }).reason === 'bad-record-expired',
    );
    expect(changed.event.data).toMatchObject({ uscc: graded, previousLevel: 3, level: 2 });
    const res = await call(cr, 'GET', `/v1/credit/subjects/${graded}`);
    expect(res.json()).toMatchObject({ measures: [], adverseRecords: 0 });
  });

  it('removes an expired listing once with two sweeps at once', async () => {
    cr.clock.set('2026-03-02T02:00:00Z');
    const rec = await record(ENT, 'acc-x', {
      kind: 'penalty',
      trigger: 'accident',
      fact: 'accident',
      accidentLevel: 'major',
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const list = await call(cr, 'GET', `/v1/credit/listings?subjectId=${ENT}`);
    const id = list.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    const step = (name: string, body: unknown) =>
      call(cr, 'POST', `/v1/credit/listings/${id}/${name}`, body);
    expect((await step('notice', { noticeNumber: 'N-9' })).statusCode).toBe(200);
    cr.clock.set('2026-03-10T02:00:00Z');
    expect((await step('decide', { decision: 'list', decisionNumber: 'D-9' })).statusCode).toBe(
      200,
    );
    cr.clock.set('2029-03-10T02:00:00Z');
    const [a, b] = await Promise.all([sweepExpiries(cr.deps), sweepExpiries(cr.deps)]);
    expect(a.removed + b.removed).toBe(1);
    await capture.waitForEvent((e) => e.event.type.endsWith('listing.removed.v1'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(capture.events.filter((e) => e.event.type.endsWith('listing.removed.v1'))).toHaveLength(
      1,
    );
  });

  it('a proposal retried with the same Idempotency-Key gets the first answer for 24 h', async () => {
    const rec = await record(OTHER, 'false-1', {
      kind: 'penalty',
      trigger: 'other',
    });
    const body = {
      subjectId: OTHER,
      criterion: 'other',
      recordIds: [rec.json<{ id: string }>().id],
    };
    const headers = { 'idempotency-key': 'prop-1' };
    const first = await call(cr, 'POST', '/v1/credit/listings', body, undefined, headers);
    const retry = await call(cr, 'POST', '/v1/credit/listings', body, undefined, headers);
    expect(first.statusCode, first.body).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const other = await call(
      cr,
      'POST',
      '/v1/credit/listings',
      { ...body, criterion: 'unlicensed-operation' },
      undefined,
      headers,
    );
    expect(other.json()).toMatchObject({ code: 'CREDIT.IDEMPOTENCY_KEY_REUSED' });
    // After the retention (24 h) the key is forgotten: the request runs again.
    cr.clock.advance(25 * 3_600_000);
    await sweepExpiries(cr.deps);
    const late = await call(cr, 'POST', '/v1/credit/listings', body, undefined, headers);
    expect(late.json()).toMatchObject({ code: 'CREDIT.LISTING_CONFLICT' });
  });
});
