// The risk projections behind the premium follow their sources and ignore stale events: an
// accident revised to a higher level raises the factor, a stale revision does not lower it
// back; a credit rating moves the rating factor (configured percents).
import { waitFor } from '@yiwang/testing';
import { eq } from 'drizzle-orm';
import { busInbox } from '../src/db/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accidentReported,
  accidentRevised,
  call,
  enterpriseRegistered,
  ratingChanged,
  uscc,
} from './support/fixtures.js';
import { startInsurance, type InsuranceService } from './support/harness.js';

let svc: InsuranceService;
const ACME = uscc(801);
type Factor = { code: string; percent: number };
const percentOf = async (code: string) => {
  const res = await call(svc, 'GET', `/v1/insurance/quotes?uscc=${ACME}`);
  return res.json<{ factors: Factor[] }>().factors.find((f) => f.code === code)?.percent;
};

/** Waits until a consumer committed `eventId` to its inbox (handled, even if ignored). */
const handled = (eventId: string) =>
  waitFor(
    async () =>
      (await svc.deps.database.db.select().from(busInbox).where(eq(busInbox.eventId, eventId)))
        .length > 0,
    { timeout: 15_000 },
  );

beforeAll(async () => {
  // A local table that charges rating level 4 +8 % (DOMAIN.md gives no default: 0).
  svc = await startInsurance({ env: { INSURANCE_RATING_PERCENTS: '0,0,3,8' } });
  await svc.publish(enterpriseRegistered(ACME));
});
afterAll(async () => {
  await svc.close();
});

describe('the accident projection', () => {
  it('follows level revisions and ignores stale ones', async () => {
    await svc.publish(accidentReported('acc-r', ACME, 'general'));
    await waitFor(async () => (await percentOf('accident-history')) === 10, { timeout: 15_000 });
    await svc.publish(accidentRevised('acc-r', ACME, 3, 'general', 'major'));
    await waitFor(async () => (await percentOf('accident-history')) === 30, { timeout: 15_000 });
    const stale = accidentRevised('acc-r', ACME, 2, 'general', 'larger');
    await svc.publish(stale);
    await handled(stale.id);
    expect(await percentOf('accident-history')).toBe(30);
  });

  it('moves the rating factor with credit’s rating, stale ratings ignored', async () => {
    await svc.publish(ratingChanged(ACME, 3, 3));
    await waitFor(async () => (await percentOf('credit-rating')) === 3, { timeout: 15_000 });
    const stale = ratingChanged(ACME, 2, 4);
    await svc.publish(stale);
    await handled(stale.id);
    expect(await percentOf('credit-rating')).toBe(3);
  });
});
