// Show: the employee's anonymous report is refused; a second report of the same matter gets no
// reward; the extension rules hold; the reward table (min, max, 15 %, per death) applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, created, ok, reportBody, submit, toAssigned, uscc } from './api.js';
import { eq } from 'drizzle-orm';
import { reports } from '../src/db/tables.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const named = { name: '李四', phone: '13700001111' };

/** Intake → … → feedback → reward decision; returns the reward. */
async function rewardFor(body: object, verification: object) {
  const { id } = await created(h, body);
  await toAssigned(h, id);
  await ok(h, id, 'verification', 'inspector', {
    result: 'substantiated',
    severity: 'general',
    findings: 'Confirmed on site.',
    alreadyKnown: false,
    ...verification,
  });
  await ok(h, id, 'outcome', 'inspector', { outcome: 'penalty-case', penaltyCaseId: 'PC-1' });
  await ok(h, id, 'feedback', 'operator');
  return { id, reward: (await ok(h, id, 'reward-decision', 'supervisor')).reward };
}

let stem = 0;
/** A fresh enterprise per case so reports are not the same matter. */
const fresh = () => ({ uscc: uscc(`9133050${String(++stem).padStart(10, '0')}`) });

describe('intake rules', () => {
  it('refuses an anonymous report by an employee about their employer, with a clear code', async () => {
    const res = await submit(h, reportBody({ employeeOfEnterprise: true }));
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'COMPLAINTS.EMPLOYEE_MUST_GIVE_NAME' });
    const withName = await submit(h, reportBody({ employeeOfEnterprise: true, reporter: named }));
    expect(withName.statusCode).toBe(201);
  });

  it('rejects an invalid USCC check digit', async () => {
    const res = await submit(h, reportBody({ enterprise: { uscc: '91330502MA2B3C4D5X' } }));
    expect(res.json()).toMatchObject({ status: 400, code: 'COMPLAINTS.INVALID_USCC' });
  });

  it('answers a retried intake with the same Idempotency-Key once, and refuses a different body', async () => {
    const body = reportBody({ enterprise: { uscc: uscc('91330502MA2B3C4D9') } });
    const a = await submit(h, body, { 'idempotency-key': 'retry-key-0002' });
    const b = await submit(h, body, { 'idempotency-key': 'retry-key-0002' });
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    expect(b.headers['idempotent-replayed']).toBe('true');
    const other = await submit(
      h,
      { ...body, category: 'other' },
      { 'idempotency-key': 'retry-key-0002' },
    );
    expect(other.json()).toMatchObject({ status: 409, code: 'COMPLAINTS.IDEMPOTENCY_CONFLICT' });
  });

  it('records one report for concurrent retries with one Idempotency-Key, all given its answer', async () => {
    const body = reportBody({ enterprise: { name: 'Race Condition Mill' } });
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => submit(h, body, { 'idempotency-key': 'race-key-0001' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(201));
    expect(new Set(answers.map((a) => a.json<{ id: string }>().id)).size).toBe(1);
    const rows = await h.deps.database.db
      .select({ id: reports.id })
      .from(reports)
      .where(eq(reports.matterKey, 'name:raceconditionmill'));
    expect(rows).toHaveLength(1);
  });
});

describe('rewards by the 2018 rule set (amounts in fen)', () => {
  it.each([
    ['15 % of the fine', { fineFen: 100_000_000 }, 15_000_000],
    ['at least 3,000 yuan', { fineFen: 1_000_000 }, 300_000],
    ['at most 300,000 yuan', { fineFen: 5_000_000_000 }, 30_000_000],
    [
      '30,000 yuan per concealed death in a general accident',
      { concealedDeaths: 2, accidentLevel: 'general' },
      6_000_000,
    ],
    [
      '60,000 yuan per death, capped at 300,000',
      { concealedDeaths: 9, accidentLevel: 'especially-major' },
      30_000_000,
    ],
  ])('%s', async (_name, verification, amountFen) => {
    const { reward } = await rewardFor(
      reportBody({ enterprise: fresh(), reporter: named }),
      verification,
    );
    expect(reward).toMatchObject({ status: 'decided', amountFen });
  });

  it('adds the local 20 % for an employee reporting their employer', async () => {
    const body = reportBody({ enterprise: fresh(), reporter: named, employeeOfEnterprise: true });
    const { reward } = await rewardFor(body, { fineFen: 100_000_000 });
    expect(reward).toMatchObject({ amountFen: 18_000_000 });
  });

  it('gives nothing to an anonymous reporter, or when the matter was already known', async () => {
    const anonymous = await rewardFor(reportBody({ enterprise: fresh() }), {
      fineFen: 100_000_000,
    });
    expect(anonymous.reward).toMatchObject({ status: 'denied', reason: 'anonymous' });
    const known = await rewardFor(reportBody({ enterprise: fresh(), reporter: named }), {
      fineFen: 1,
      alreadyKnown: true,
    });
    expect(known.reward).toMatchObject({ status: 'denied', reason: 'already-known' });
  });

  it('rewards only the first reporter of the same matter', async () => {
    const enterprise = fresh();
    const first = await created(h, reportBody({ enterprise, reporter: named }));
    h.clock.now = new Date(h.clock.now.getTime() + 3_600_000);
    const second = await rewardFor(reportBody({ enterprise, reporter: { name: '赵六' } }), {
      fineFen: 100_000_000,
    });
    expect(second.reward).toMatchObject({ status: 'denied', reason: 'not-first-reporter' });
    const view = await h.app.inject({
      url: `/v1/reports/${second.id}`,
      headers: { authorization: `Bearer ${await h.token('supervisor')}` },
    });
    expect(view.json()).toMatchObject({ duplicateOf: first.id });
  });
});

describe('the verification extension', () => {
  it('is allowed once, for at most 30 days, with a reason, by a supervisor', async () => {
    const { id } = await created(h, reportBody({ enterprise: fresh() }));
    await toAssigned(h, id);
    const extend = (days: number, role = 'supervisor') =>
      act(h, id, 'extension', role, {
        days,
        reasonCode: 'complex-case',
        reason: 'Needs a lab analysis.',
      });
    expect((await extend(10, 'inspector')).statusCode).toBe(403);
    expect((await extend(31)).json()).toMatchObject({
      status: 422,
      code: 'COMPLAINTS.EXTENSION_TOO_LONG',
    });
    const once = await extend(30);
    expect(once.statusCode).toBe(200);
    expect(once.json()).toMatchObject({
      verifyDueBy: '2025-06-01',
      extension: { days: 30, approvedBy: 'supervisor-1' },
    });
    expect((await extend(1)).json()).toMatchObject({
      status: 422,
      code: 'COMPLAINTS.EXTENSION_ALREADY_USED',
    });
  });

  it('refuses actions out of order with a 409', async () => {
    const { id } = await created(h, reportBody({ enterprise: fresh() }));
    const res = await act(h, id, 'reward-decision', 'supervisor');
    expect(res.json()).toMatchObject({ status: 409, code: 'COMPLAINTS.INVALID_TRANSITION' });
  });
});

describe('lists', () => {
  it('filters by status, region and deadline and pages with a cursor', async () => {
    const auth = { authorization: `Bearer ${await h.token('supervisor')}` };
    const page1 = await h.app.inject({ url: '/v1/reports?limit=2&region=330502', headers: auth });
    expect(page1.statusCode).toBe(200);
    const p1 = page1.json<{ items: { id: string }[]; nextCursor: string }>();
    expect(p1.items).toHaveLength(2);
    const page2 = await h.app.inject({
      url: `/v1/reports?limit=2&region=330502&cursor=${p1.nextCursor}`,
      headers: auth,
    });
    const p2 = page2.json<{ items: { id: string }[] }>();
    expect(p2.items.map((i) => i.id)).not.toContain(p1.items[0]?.id);
    const assigned = await h.app.inject({ url: '/v1/reports?status=assigned', headers: auth });
    expect(
      assigned.json<{ items: { status: string }[] }>().items.every((i) => i.status === 'assigned'),
    ).toBe(true);
    const elsewhere = await h.app.inject({
      url: '/v1/reports?region=330521',
      headers: { authorization: `Bearer ${await h.token('inspector', ['330502'])}` },
    });
    expect(elsewhere.statusCode).toBe(403);
    h.clock.now = new Date('2025-07-15T02:00:00Z');
    const overdue = await h.app.inject({
      url: '/v1/reports?deadline=overdue&limit=200',
      headers: auth,
    });
    expect(overdue.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    const bad = await h.app.inject({ url: '/v1/reports?cursor=garbage', headers: auth });
    expect(bad.json()).toMatchObject({ status: 400, code: 'COMPLAINTS.INVALID_CURSOR' });
  });
});
