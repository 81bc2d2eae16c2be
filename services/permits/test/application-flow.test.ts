// A complete online application, from draft to issued licence (最多跑一次), with the one
// defect notice, the statutory clock in calendar days and its pause for experts, the
// 13-condition review, two inspectors and the public progress page.
import { captureEvents, waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprise } from '../src/db/enterprises.js';
import { hasActivePolicy } from '../src/db/holder-facts.js';
import { call, enterpriseRegistered, policyIssued, uscc } from './support/fixtures.js';
import { allMet, BOSS, draftWithEvidence, enterprise, STAFF, step } from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
const ACME = uscc(101);
const DAY = 86_400_000;

beforeAll(async () => {
  pm = await startPermits();
  await pm.publish(enterpriseRegistered(ACME));
  await pm.publish(policyIssued('pol-acme', ACME));
  const db = pm.deps.database.db;
  await waitFor(async () => (await findEnterprise(db, ACME)) !== undefined, { timeout: 15_000 });
  await waitFor(() => hasActivePolicy(db, ACME, '2026-03-02'), { timeout: 15_000 });
});
afterAll(async () => {
  await pm.close();
});

describe('an online application', () => {
  it('goes from draft to an issued licence, every step visible on the public page', async () => {
    const capture = await captureEvents(pm.nc, `${pm.prefix}.permits.>`);
    const me = enterprise(ACME);
    const body = {
      uscc: ACME,
      licenceType: 'hazchem-operation',
      kind: 'new',
      scope: '汽油 (加油站)',
    };
    const first = await call(pm, 'POST', '/v1/permits/applications', body, me, {
      'idempotency-key': 'k-1',
    });
    expect(first.statusCode).toBe(201);
    const again = await call(pm, 'POST', '/v1/permits/applications', body, me, {
      'idempotency-key': 'k-1',
    });
    expect(again.statusCode).toBe(200);
    const a = first.json<{ id: string; number: string; enterpriseName: string }>();
    expect(again.json<{ id: string }>().id).toBe(a.id);
    expect(a.enterpriseName).toBe('湖州安泰化工有限公司');

    await step(pm, a.id, 'evidence', { condition: 'safety-budget', documents: ['d1'] }, me);
    const submitted = await step(pm, a.id, 'submit', {}, me);
    // Monday 2 March + 5 working days.
    expect(submitted['noticeDueBy']).toBe('2026-03-09');

    const notice = await step(
      pm,
      a.id,
      'supplement-request',
      {
        missing: ['emergency-plan', 'safety-evaluation'],
        details: 'Plan and evaluation report missing',
      },
      STAFF,
    );
    expect(notice.status).toBe('needs-supplement');
    const early = await call(pm, 'POST', `/v1/permits/applications/${a.id}/supplement`, {}, me);
    expect(early.statusCode).toBe(422);
    expect(early.json<{ code: string }>().code).toBe('PERMITS.DETAIL_REQUIRED');
    await step(pm, a.id, 'evidence', { condition: 'emergency-plan', documents: ['d2'] }, me);
    await step(pm, a.id, 'evidence', { condition: 'safety-evaluation', documents: ['d3'] }, me);
    await step(pm, a.id, 'supplement', {}, me);
    // Every defect belongs in the one notice: a second notice is refused.
    const second = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/supplement-request`,
      { missing: ['other'], details: 'More' },
      STAFF,
    );
    expect(second.statusCode).toBe(409);
    expect(second.json<{ code: string }>().code).toBe('PERMITS.NOTICE_ALREADY_SENT');

    const accepted = await step(pm, a.id, 'accept', {}, STAFF);
    // 45 days one-third faster = 30 calendar days.
    expect(accepted['limit']).toEqual({ days: 30, kind: 'calendar' });
    expect(accepted['decisionDueBy']).toBe('2026-04-01');
    await step(
      pm,
      a.id,
      'notes',
      { text: 'INTERNAL: owner is a relative of the deputy head' },
      STAFF,
    );
    const checked = await step(pm, a.id, 'credit-check', {}, STAFF);
    expect(checked['creditCheck']).toMatchObject({
      result: 'clear',
      listed: false,
      insuranceActive: true,
    });

    const incomplete = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/document-review`,
      { findings: allMet.findings.slice(0, 12) },
      STAFF,
    );
    expect(incomplete.json<{ code: string }>().code).toBe('PERMITS.CHECKLIST_INCOMPLETE');
    await step(pm, a.id, 'document-review', allMet, STAFF);
    const alone = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/inspection`,
      { inspectors: ['insp-1', 'insp-1'], result: 'pass' },
      STAFF,
    );
    expect(alone.json<{ code: string }>().code).toBe('PERMITS.TOO_FEW_INSPECTORS');
    await step(pm, a.id, 'inspection', { inspectors: ['insp-1', 'insp-2'], result: 'pass' }, STAFF);

    await step(pm, a.id, 'expert-review', { experts: 3 }, STAFF);
    pm.clock.advance(4 * DAY);
    const resumed = await step(pm, a.id, 'expert-review-result', { conclusion: 'pass' }, STAFF);
    // Four days with experts do not count: the deadline moves by four.
    expect(resumed['decisionDueBy']).toBe('2026-04-05');

    const denied = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/decision`,
      { outcome: 'approved' },
      STAFF,
    );
    expect(denied.statusCode).toBe(403);
    const done = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
    expect(done.status).toBe('licence-issued');
    const licence = done['licence'] as { licenceId: string; validFrom: string; validUntil: string };
    expect(licence.validFrom).toBe('2026-03-06');
    expect(licence.validUntil).toBe('2029-03-05');

    const mine = await call(pm, 'GET', `/v1/permits/licences/${licence.licenceId}`, undefined, me);
    expect(mine.json()).toMatchObject({ status: 'active', uscc: ACME, validUntil: '2029-03-05' });
    const applicantView = await call(pm, 'GET', `/v1/permits/applications/${a.id}`, undefined, me);
    expect(applicantView.body).not.toContain('INTERNAL');

    const track = await call(pm, 'GET', `/v1/permits/track/${a.number}`, undefined, null);
    expect(track.statusCode).toBe(200);
    const page = track.json<{ status: string; steps: { step: string }[] }>();
    expect(page.steps.map((s) => s.step)).toEqual([
      'submitted',
      'supplement-requested',
      'supplement-provided',
      'accepted',
      'credit-checked',
      'reviewed',
      'inspected',
      'expert-review-started',
      'expert-review-completed',
      'decided',
      'licence-issued',
    ]);
    expect(page.status).toBe('completed');
    // Nothing internal: no notes, no people, no reasons.
    for (const secret of ['INTERNAL', 'insp-1', 'reviewer-1', 'chief-1', 'Plan and evaluation']) {
      expect(track.body).not.toContain(secret);
    }

    const issued = await capture.waitForEvent(
      (e) => e.event.type === 'yiwang.permits.licence.issued.v1',
    );
    expect(issued.event.data).toMatchObject({
      licenceId: licence.licenceId,
      validUntil: '2029-03-05',
    });
    await capture.waitForCount(20, 15_000);
    const types = new Set(capture.events.map((e) => e.event.type));
    for (const t of [
      'submitted',
      'supplement-requested',
      'accepted',
      'credit-checked',
      'decided',
    ]) {
      expect(types).toContain(`yiwang.permits.application.${t}.v1`);
    }
    expect(types).toContain('yiwang.permits.progress.recorded.v1');
    await capture.stop();
  });

  it('is deemed accepted when no defect notice came within 5 working days', async () => {
    const other = uscc(102);
    await pm.publish(enterpriseRegistered(other, false));
    await waitFor(async () => (await findEnterprise(pm.deps.database.db, other)) !== undefined);
    const a = await draftWithEvidence(pm, other);
    const submitted = await step(pm, a.id, 'submit', {}, enterprise(other));
    const { sweep } = await import('../src/app/sweep.js');
    pm.clock.advance(8 * DAY);
    expect((await sweep(pm.deps)).deemed).toBeGreaterThanOrEqual(1);
    const view = await call(pm, 'GET', `/v1/permits/applications/${a.id}`, undefined, STAFF);
    expect(view.json()).toMatchObject({ status: 'accepted', deemedAccepted: true });
    // The clock runs from receipt, not from the sweep.
    const received = submitted['receivedOn'] as string;
    expect(view.json<{ decisionDueBy: string }>().decisionDueBy).toBe(
      new Date(Date.parse(`${received}T00:00:00Z`) + 30 * DAY).toISOString().slice(0, 10),
    );
  });

  it('a draft cannot be seen by another enterprise, nor tracked before it is submitted', async () => {
    const a = await draftWithEvidence(pm, ACME);
    const stranger = await call(
      pm,
      'GET',
      `/v1/permits/applications/${a.id}`,
      undefined,
      enterprise(uscc(555)),
    );
    expect(stranger.statusCode).toBe(403);
    const track = await call(pm, 'GET', `/v1/permits/track/${a.number}`, undefined, null);
    expect(track.statusCode).toBe(404);
  });

  it('staff steps need a staff role in the region; lists page with a cursor within scope', async () => {
    const a = await draftWithEvidence(pm, ACME);
    await step(pm, a.id, 'submit', {}, enterprise(ACME));
    const self = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/accept`,
      {},
      enterprise(ACME),
    );
    expect(self.statusCode).toBe(403);
    const elsewhere = { roles: ['reviewer'], regions: ['330521'] };
    const far = await call(pm, 'POST', `/v1/permits/applications/${a.id}/accept`, {}, elsewhere);
    expect(far.statusCode).toBe(403);
    const seen: string[] = [];
    let url = '/v1/permits/applications?limit=2';
    for (let page = 0; page < 10; page++) {
      const res = await call(pm, 'GET', url, undefined, enterprise(ACME));
      const body = res.json<{ items: { id: string; uscc: string }[]; next: string | null }>();
      expect(body.items.length).toBeLessThanOrEqual(2);
      for (const item of body.items) expect(item.uscc).toBe(ACME);
      seen.push(...body.items.map((i) => i.id));
      if (body.next === null) break;
      url = `/v1/permits/applications?limit=2&cursor=${encodeURIComponent(body.next)}`;
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    const none = await call(pm, 'GET', '/v1/permits/applications', undefined, elsewhere);
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);
  });
});
