// Renewal due 3 months before expiry (with its notice once per term), renewal without review
// when the term had no fatal accident (known from hazards' accident events), the review when
// it had one, and the expiry sweeper.
import { captureEvents, waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../src/app/sweep.js';
import { findEnterprise } from '../src/db/enterprises.js';
import { accidents } from '../src/db/tables.js';
import { accidentReported, call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { acceptedApplication, BOSS, readyForDecision, STAFF, step } from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
const DAY = 86_400_000;
const CLEAN = uscc(301);
const FATAL = uscc(302);
const licences: Record<string, string> = {};

beforeAll(async () => {
  pm = await startPermits();
  for (const id of [CLEAN, FATAL]) {
    // Not high-risk: insurance is not a precondition over the years the test moves through.
    await pm.publish(enterpriseRegistered(id, false));
    await waitFor(async () => (await findEnterprise(pm.deps.database.db, id)) !== undefined);
    const a = await readyForDecision(pm, id);
    const done = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
    licences[id] = (done['licence'] as { licenceId: string }).licenceId;
  }
  await pm.publish(accidentReported('acc-302', FATAL, 1, '2027-06-01T03:00:00Z'));
  await waitFor(async () => (await pm.deps.database.db.select().from(accidents)).length === 1);
});
afterAll(async () => {
  await pm.close();
});

async function licence(id: string) {
  const res = await call(pm, 'GET', `/v1/permits/licences/${id}`, undefined, STAFF);
  return res.json<{
    status: string;
    validUntil: string;
    termStart: string;
    renewalDueBy?: string;
  }>();
}

describe('the licence lifecycle', () => {
  it('announces renewal once per term, a month before it is due (3 months before expiry)', async () => {
    expect((await licence(licences[CLEAN] ?? '')).validUntil).toBe('2029-03-01');
    pm.clock.advance(Date.parse('2028-10-30T02:00:00Z') - pm.clock.now().getTime());
    expect((await sweep(pm.deps)).renewalDue).toBe(0);
    const capture = await captureEvents(pm.nc, `${pm.prefix}.permits.licence.renewal-due.*`);
    pm.clock.advance(3 * DAY);
    expect((await sweep(pm.deps)).renewalDue).toBe(2);
    expect((await sweep(pm.deps)).renewalDue).toBe(0);
    await capture.waitForCount(2);
    const byLicence = Object.fromEntries(
      capture.events.map((e) => [
        e.event.subject,
        e.event.data as { renewalDueBy: string; noFatalAccidentInTerm: boolean },
      ]),
    );
    expect(byLicence[licences[CLEAN] ?? '']).toMatchObject({
      renewalDueBy: '2028-12-01',
      noFatalAccidentInTerm: true,
    });
    expect(byLicence[licences[FATAL] ?? '']).toMatchObject({ noFatalAccidentInTerm: false });
    await capture.stop();
  });

  it('renews without review when the term had no fatal accident', async () => {
    const id = licences[CLEAN] ?? '';
    const a = await acceptedApplication(pm, CLEAN, { kind: 'renewal', previousLicenceId: id });
    expect(a['reviewWaived']).toBe(true);
    await step(pm, a.id, 'credit-check', {}, STAFF);
    const done = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
    expect(done['licence']).toMatchObject({
      licenceId: id,
      renewal: true,
      validFrom: '2029-03-02',
      validUntil: '2032-03-01',
    });
    expect(await licence(id)).toMatchObject({
      status: 'active',
      termStart: '2029-03-02',
      validUntil: '2032-03-01',
    });
  });

  it('reviews a renewal when the term had a fatal accident', async () => {
    const a = await acceptedApplication(pm, FATAL, {
      kind: 'renewal',
      previousLicenceId: licences[FATAL],
    });
    expect(a['reviewWaived']).toBe(false);
    await step(pm, a.id, 'credit-check', {}, STAFF);
    const res = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/decision`,
      { outcome: 'approved' },
      BOSS,
    );
    expect(res.json()).toMatchObject({ code: 'PERMITS.STEPS_INCOMPLETE' });
  });

  it('expires licences the day after their last valid day, exactly once', async () => {
    pm.clock.advance(Date.parse('2029-03-01T15:00:00Z') - pm.clock.now().getTime());
    expect((await sweep(pm.deps)).expired).toBe(0);
    pm.clock.advance(DAY);
    expect((await sweep(pm.deps)).expired).toBe(1);
    expect((await sweep(pm.deps)).expired).toBe(0);
    expect((await licence(licences[FATAL] ?? '')).status).toBe('expired');
    expect((await licence(licences[CLEAN] ?? '')).status).toBe('active');
  });
});
