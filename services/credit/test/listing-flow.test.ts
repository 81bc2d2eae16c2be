// The listing flow end to end with an injected clock: two larger accidents within 12 months
// (events from hazards) propose a listing with its evidence; notice, defence window,
// decision; the public list and checks see it; early removal refused before 12 months and
// accepted after; restoration on fraud; automatic removal when the 3 years end.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiries } from '../src/app/sweep-expiries.js';
import { listListings } from '../src/db/listings.js';
import type { Listing } from '../src/domain/listing.js';
import { accidentReported, call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
let capture: EventCapture;
const ACME = uscc(101);
const acme = { roles: ['enterprise'], dept: ACME, sub: 'acme-user' };
const bank = { roles: ['credit-checker'], dept: 'bank-a', sub: 'teller-1' };
let listingId = '';

beforeAll(async () => {
  cr = await startCredit();
  capture = await captureEvents(cr.nc, `${cr.prefix}.credit.>`);
  await cr.publish(enterpriseRegistered(ACME, '2'));
  const res = await call(
    cr,
    'PUT',
    '/v1/credit/departments/bank-a/measures',
    {
      measures: ['loan-limit'],
    },
    { roles: ['admin'] },
  );
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => {
  await capture.stop();
  await cr.close();
});

const listingsOf = (subjectId: string) =>
  listListings(cr.deps.database.db, { subjectId, limit: 10 });
async function step(name: string, body: unknown, claims = {}) {
  return call(cr, 'POST', `/v1/credit/listings/${listingId}/${name}`, body, {
    roles: ['credit-officer'],
    sub: 'officer-1',
    ...claims,
  });
}
const publicList = async () =>
  (await call(cr, 'GET', '/v1/public/credit/listings', undefined, null)).json<{
    items: { listingId: string; name: string; decisionNumber: string }[];
  }>().items;

describe('a listing from two larger accidents', () => {
  it('one larger accident proposes nothing; the second within 12 months proposes', async () => {
    const first = accidentReported('acc-1', ACME, 'larger', '2025-06-01T01:00:00Z');
    await cr.publish(first);
    await waitFor(async () => {
      const r = await call(cr, 'GET', `/v1/credit/subjects/${ACME}/records`);
      return r.json<{ items: unknown[] }>().items.length === 1;
    });
    expect(await listingsOf(ACME)).toEqual([]);
    const second = accidentReported('acc-2', ACME, 'larger', '2026-02-01T01:00:00Z');
    await cr.publish(second);
    const [listing] = await waitFor(async () => {
      const all = await listingsOf(ACME);
      return all.length > 0 ? all : undefined;
    });
    listingId = (listing as Listing).id;
    expect(listing).toMatchObject({
      status: 'proposed',
      criterion: 'two-larger-accidents-in-12-months',
      criterionId: 'art6-2',
      decidingDepartment: 'bureau',
      evidence: [
        { ref: 'acc-1', eventId: first.id },
        { ref: 'acc-2', eventId: second.id },
      ],
    });
    const proposed = await capture.waitForEvent((e) =>
      e.event.type.endsWith('listing.proposed.v1'),
    );
    expect(proposed.event.data).toMatchObject({
      evidenceRefs: ['acc-1', 'acc-2'],
      evidenceEventIds: [first.id, second.id],
      criterionId: 'mem11-2023:art6-2',
    });
    expect(proposed.event.causationid).toBe(second.id);
  });

  it('is decided only after notice and the defence window, by the deciding department', async () => {
    expect((await step('decide', { decision: 'list', decisionNumber: 'D-1' })).statusCode).toBe(
      409,
    );
    expect((await step('notice', { noticeNumber: '湖应急告〔2026〕1号' })).json()).toMatchObject({
      status: 'pending',
      notice: { defenceDueBy: '2026-03-09' },
    });
    const early = await step('decide', { decision: 'list', decisionNumber: 'D-1' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'CREDIT.DEFENCE_WINDOW_OPEN' });
    cr.clock.set('2026-03-10T02:00:00Z');
    const other = await step(
      'decide',
      { decision: 'list', decisionNumber: 'D-1' },
      { dept: 'market-regulation' },
    );
    expect(other.statusCode).toBe(403);
    expect(await publicList()).toEqual([]);
    const listed = await step('decide', {
      decision: 'list',
      decisionNumber: '湖应急失信〔2026〕1号',
    });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json()).toMatchObject({
      status: 'listed',
      earlyRemovalFrom: '2027-03-10',
      expiresOn: '2029-03-10',
    });
  });

  it('is published, issues measures, rates 4 and vetoes what its measures cover', async () => {
    expect(await publicList()).toEqual([
      expect.objectContaining({ listingId, decisionNumber: '湖应急失信〔2026〕1号' }),
    ]);
    const measure = await capture.waitForEvent(
      (e) =>
        e.event.type.endsWith('measure.issued.v1') &&
        (e.event.data as { listingId?: string }).listingId === listingId,
    );
    expect(measure.event.data).toMatchObject({
      listingId,
      premiumSurchargePercent: 10,
      targetDepartments: ['bank-a'],
      effectiveUntil: '2029-03-10',
    });
    const subject = await call(cr, 'GET', `/v1/credit/subjects/${ACME}`, undefined, acme);
    expect(subject.json()).toMatchObject({ status: 'listed', rating: 4, listingId });
    const check = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ACME, purpose: 'loan' },
      bank,
    );
    expect(check.json()).toMatchObject({
      outcome: 'denied',
      measureIds: ['loan-limit'],
      listingId,
    });
  });

  it('early removal is refused before 12 months and accepted after', async () => {
    cr.clock.set('2027-03-09T02:00:00Z');
    const body = { evidence: ['rectification-report-1'], summary: 'all hazards rectified' };
    const soon = await step('early-removal', body, acme);
    expect(soon.json()).toMatchObject({ code: 'CREDIT.EARLY_REMOVAL_TOO_SOON' });
    cr.clock.set('2027-03-10T02:00:00Z');
    expect((await step('early-removal', body, acme)).json()).toMatchObject({
      status: 'removal-applied',
    });
    const removed = await step('early-removal-decision', {
      decision: 'approved',
      decisionNumber: 'D-2',
    });
    expect(removed.json()).toMatchObject({ status: 'removed-early' });
    expect(await publicList()).toEqual([]);
    const check = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ACME, purpose: 'loan' },
      bank,
    );
    expect(check.json()).toMatchObject({ outcome: 'allowed' });
  });

  it('fraud in the early removal restores the listing; 3 years later the sweeper removes it', async () => {
    cr.clock.set('2027-05-01T02:00:00Z');
    const restored = await step('restore', { decisionNumber: 'D-3', reason: 'forged report' });
    expect(restored.json()).toMatchObject({ status: 'listed', expiresOn: '2030-05-01' });
    await capture.waitForEvent((e) => e.event.type.endsWith('listing.restored.v1'));
    cr.clock.set('2030-04-30T02:00:00Z');
    expect((await sweepExpiries(cr.deps)).removed).toBe(0);
    cr.clock.set('2030-05-01T02:00:00Z');
    expect((await sweepExpiries(cr.deps)).removed).toBe(1);
    expect((await sweepExpiries(cr.deps)).removed).toBe(0);
    const removed = await capture.waitForEvent((e) => e.event.type.endsWith('listing.removed.v1'));
    expect(removed.event.data).toMatchObject({ listingId, reason: 'expired' });
    expect(await publicList()).toEqual([]);
    const history = await call(cr, 'GET', `/v1/credit/subjects/${ACME}/ratings`);
    const reasons = history.json<{ items: { level: number; reason: string }[] }>().items;
    expect(reasons.map((r) => [r.reason, r.level])).toEqual([
      ['standardisation-grade', 2],
      ['bad-record', 3],
      ['listed', 4],
      ['listing-removed', 2],
      ['listed', 4],
      ['listing-removed', 2],
    ]);
  });
});
