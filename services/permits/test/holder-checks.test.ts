// The credit veto, mandatory insurance before a decision, and the licence following its
// holder: a credit listing, an overdue listed major hazard or an insurance violation suspends
// it; their end (for insurance also the case ending without a policy) reinstates it; a
// suspension decided by staff stays until staff lift it.
import { newEventId } from '@yiwang/contracts';
import { captureEvents, waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprise } from '../src/db/enterprises.js';
import { hasActivePolicy } from '../src/db/holder-facts.js';
import {
  call,
  compliance,
  complianceEnded,
  enterpriseRegistered,
  hazardClosed,
  hazardListedOverdue,
  listingListed,
  listingRemoved,
  policyIssued,
  uscc,
} from './support/fixtures.js';
import {
  acceptedApplication,
  BOSS,
  enterprise,
  readyForDecision,
  STAFF,
  step,
} from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;

async function registered(id: string, insured: boolean): Promise<void> {
  await pm.publish(enterpriseRegistered(id));
  if (insured) await pm.publish(policyIssued(`pol-${id}`, id));
  const db = pm.deps.database.db;
  await waitFor(async () => (await findEnterprise(db, id)) !== undefined, { timeout: 15_000 });
  if (insured) await waitFor(() => hasActivePolicy(db, id, '2026-03-02'), { timeout: 15_000 });
}

async function licenceStatus(id: string): Promise<string> {
  const res = await call(pm, 'GET', `/v1/permits/licences/${id}`, undefined, STAFF);
  return res.json<{ status: string }>().status;
}

async function issuedLicence(holder: string): Promise<string> {
  const a = await readyForDecision(pm, holder);
  const done = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
  return (done['licence'] as { licenceId: string }).licenceId;
}

beforeAll(async () => {
  pm = await startPermits();
});
afterAll(async () => {
  await pm.close();
});

describe('before a decision', () => {
  it('a listed enterprise is vetoed at the credit check, with the reason and appeal information', async () => {
    const listed = uscc(201);
    await registered(listed, true);
    await pm.publish(listingListed('lst-201', listed));
    const a = await acceptedApplication(pm, listed);
    await waitFor(async () => {
      const { activeListings } = await import('../src/db/holder-facts.js');
      return (await activeListings(pm.deps.database.db, listed)).length > 0;
    });
    const vetoed = await step(pm, a.id, 'credit-check', {}, STAFF);
    expect(vetoed.status).toBe('refused');
    expect(vetoed['creditCheck']).toMatchObject({
      result: 'veto',
      listed: true,
      listingIds: ['lst-201'],
    });
    const decision = vetoed['decision'] as Record<string, unknown>;
    expect(decision['vetoReasons']).toEqual(['credit-listed']);
    expect(decision['reasons']).toContain('lst-201');
    expect(decision['appealInformation']).toContain('60 days');
    // The applicant sees why; the public page only that it was not granted.
    const own = await call(
      pm,
      'GET',
      `/v1/permits/applications/${a.id}`,
      undefined,
      enterprise(listed),
    );
    expect(own.body).toContain('lst-201');
    const track = await call(pm, 'GET', `/v1/permits/track/${a.number}`, undefined, null);
    expect(track.json()).toMatchObject({ status: 'refused' });
    expect(track.body).not.toContain('lst-201');
  });

  it('a high-risk enterprise without active insurance cannot be decided until it is insured', async () => {
    const uninsured = uscc(202);
    await registered(uninsured, false);
    const a = await readyForDecision(pm, uninsured);
    const refused = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/decision`,
      { outcome: 'approved' },
      BOSS,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'PERMITS.PRECONDITION_FAILED',
      reasons: ['insurance-missing'],
    });
    await pm.publish(policyIssued('pol-202', uninsured));
    await waitFor(() => hasActivePolicy(pm.deps.database.db, uninsured, '2026-03-02'));
    const granted = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
    expect(granted.status).toBe('licence-issued');
  });

  it('a refusal needs written reasons', async () => {
    const holder = uscc(203);
    await registered(holder, true);
    const a = await readyForDecision(pm, holder);
    const bare = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/decision`,
      { outcome: 'refused' },
      BOSS,
    );
    expect(bare.json<{ code: string }>().code).toBe('PERMITS.DETAIL_REQUIRED');
    const refused = await step(
      pm,
      a.id,
      'decision',
      { outcome: 'refused', reasons: 'Storage too close to homes' },
      BOSS,
    );
    expect(refused['decision']).toMatchObject({
      outcome: 'refused',
      reasons: 'Storage too close to homes',
    });
  });
});

describe('an issued licence', () => {
  it('is suspended by a credit listing event and reinstated by its removal', async () => {
    const holder = uscc(211);
    await registered(holder, true);
    const licenceId = await issuedLicence(holder);
    const capture = await captureEvents(pm.nc, `${pm.prefix}.permits.licence.>`);
    await pm.publish(listingListed('lst-211', holder));
    await waitFor(async () => (await licenceStatus(licenceId)) === 'suspended', {
      timeout: 15_000,
    });
    const suspended = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.permits.licence.suspended.v1',
    );
    expect(suspended.event.data).toMatchObject({ licenceId, reason: 'credit-listed' });
    // A new application of the listed holder is vetoed too.
    const next = await acceptedApplication(pm, holder);
    expect((await step(pm, next.id, 'credit-check', {}, STAFF)).status).toBe('refused');
    await pm.publish(listingRemoved('lst-211', holder));
    await waitFor(async () => (await licenceStatus(licenceId)) === 'active', { timeout: 15_000 });
    await capture.waitForEvent((e) => e.event.type === 'yiwang.permits.licence.reinstated.v1');
    await capture.stop();
  });

  it('is suspended while a listed major hazard is overdue, and while insurance is violated', async () => {
    const holder = uscc(212);
    await registered(holder, true);
    const licenceId = await issuedLicence(holder);
    for (const e of hazardListedOverdue('hz-212', holder)) await pm.publish(e);
    await waitFor(async () => (await licenceStatus(licenceId)) === 'suspended', {
      timeout: 15_000,
    });
    await pm.publish(compliance('cmp-212', holder, true, 1));
    await waitFor(async () => {
      const res = await call(pm, 'GET', `/v1/permits/licences/${licenceId}`, undefined, STAFF);
      const auto = res.json<{ suspension?: { auto: string[] } }>().suspension?.auto ?? [];
      return auto.length === 2;
    });
    await pm.publish(hazardClosed('hz-212', holder));
    // Still suspended: the insurance violation remains.
    await waitFor(async () => {
      const res = await call(pm, 'GET', `/v1/permits/licences/${licenceId}`, undefined, STAFF);
      return (
        res.json<{ suspension?: { auto: string[] } }>().suspension?.auto.join() ===
        'insurance-lapsed'
      );
    });
    expect(await licenceStatus(licenceId)).toBe('suspended');
    await pm.publish(compliance('cmp-212', holder, false, 2));
    await waitFor(async () => (await licenceStatus(licenceId)) === 'active', { timeout: 15_000 });
  });

  it('is reinstated when the insurance case ends without a policy; a redelivery changes nothing', async () => {
    const holder = uscc(216);
    await registered(holder, true);
    const licenceId = await issuedLicence(holder);
    const capture = await captureEvents(pm.nc, `${pm.prefix}.permits.licence.>`);
    const violated = compliance('cmp-216', holder, true, 1);
    await pm.publish(violated);
    await waitFor(async () => (await licenceStatus(licenceId)) === 'suspended', {
      timeout: 15_000,
    });
    const ended = complianceEnded('cmp-216', holder, 2);
    await pm.publish(ended);
    await waitFor(async () => (await licenceStatus(licenceId)) === 'active', { timeout: 15_000 });
    // The same ended event again (inbox) and the violation again (stale sequence).
    await pm.publish(ended, `${ended.id}-again`);
    await pm.publish(violated, `${violated.id}-again`);
    await pm.publish({ ...violated, id: newEventId() });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await licenceStatus(licenceId)).toBe('active');
    const of = (type: string) =>
      capture.events.filter(
        (e) =>
          e.event.type === type && (e.event.data as { licenceId?: string }).licenceId === licenceId,
      ).length;
    expect(of('yiwang.permits.licence.suspended.v1')).toBe(1);
    expect(of('yiwang.permits.licence.reinstated.v1')).toBe(1);
    await capture.stop();
  });

  it('stays suspended by a staff decision until staff reinstate it, and can be revoked', async () => {
    const holder = uscc(213);
    await registered(holder, true);
    const licenceId = await issuedLicence(holder);
    const url = `/v1/permits/licences/${licenceId}`;
    const byInspector = await call(
      pm,
      'POST',
      `${url}/suspend`,
      { reason: 'violation', note: 'Sold beyond scope' },
      STAFF,
    );
    expect(byInspector.statusCode).toBe(403);
    const s = await call(
      pm,
      'POST',
      `${url}/suspend`,
      { reason: 'violation', note: 'Sold beyond scope' },
      BOSS,
    );
    expect(s.json()).toMatchObject({
      status: 'suspended',
      suspension: { manual: { reason: 'violation' } },
    });
    await pm.publish(listingListed('lst-213', holder));
    await pm.publish(listingRemoved('lst-213', holder));
    await waitFor(async () => {
      const { activeListings } = await import('../src/db/holder-facts.js');
      const { creditListings } = await import('../src/db/tables.js');
      const rows = await pm.deps.database.db.select().from(creditListings);
      return (
        rows.some((r) => r.listingId === 'lst-213' && r.removedSeq > 0) &&
        (await activeListings(pm.deps.database.db, holder)).length === 0
      );
    });
    expect(await licenceStatus(licenceId)).toBe('suspended');
    const back = await call(pm, 'POST', `${url}/reinstate`, {}, BOSS);
    expect(back.json()).toMatchObject({ status: 'active' });
    const revoked = await call(
      pm,
      'POST',
      `${url}/revoke`,
      { reason: 'Forged training records' },
      BOSS,
    );
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    const again = await call(pm, 'POST', `${url}/reinstate`, {}, BOSS);
    expect(again.statusCode).toBe(409);
  });

  it('a violation recorded by staff is published for credit', async () => {
    const holder = uscc(214);
    await registered(holder, false);
    const capture = await captureEvents(pm.nc, `${pm.prefix}.permits.violation.>`);
    const body = {
      uscc: holder,
      kind: 'unlicensed-operation',
      summary: 'Storing chlorine without a licence',
      foundAt: '2026-03-01T08:00:00Z',
    };
    const who = { roles: ['inspector'], sub: 'insp-9' };
    const key = { 'idempotency-key': 'v-1' };
    const res = await call(pm, 'POST', '/v1/permits/violations', body, who, key);
    const again = await call(pm, 'POST', '/v1/permits/violations', body, who, key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(res.json());
    expect(res.statusCode).toBe(201);
    const e = await capture.waitForEvent(() => true);
    expect(e.event.enterprise).toBe(holder);
    expect(e.event.data).toMatchObject({
      uscc: holder,
      kind: 'unlicensed-operation',
      recordedBy: 'insp-9',
    });
    // The replayed request published nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(capture.events).toHaveLength(1);
    await capture.stop();
  });
});
