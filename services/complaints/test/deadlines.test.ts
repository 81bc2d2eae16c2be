// Show: an overdue verification emits exactly one event, even with two schedulers (replicas)
// scanning the same database at the same time; the local time limits (reply within 5 working
// days, conclusion within 30 days, ≤ 90 approved) are tracked, swept and visible the same way.
import { complaints } from '@yiwang/contracts';
import { captureEvents } from '@yiwang/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDeadlines } from '../src/app/scan-deadlines.js';
import type { Deps } from '../src/deps.js';
import { busOutbox } from '../src/db/schema.js';
import { act, created, ok, reportBody, toAssigned, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let replica: Deps;
beforeAll(async () => {
  // Wednesday 2025-03-05 is a holiday of this deployment's calendar
  h = await startHarness({ COMPLAINTS_HOLIDAYS: '2025-03-05' });
  replica = await h.replica();
});
afterAll(async () => h.close());

const at = (iso: string) => {
  h.clock.now = new Date(iso);
};

describe('the deadline scheduler', () => {
  it('emits due-soon then overdue once per deadline, even with two schedulers', async () => {
    const capture = await captureEvents(h.deps.bus.nats.nc, `${h.prefix}.complaints.report.*.*`);
    at('2025-03-03T02:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const stem = `91330502MA${String(i).padStart(7, '0')}`;
      const { id } = await created(h, reportBody({ enterprise: { uscc: uscc(stem) } }));
      await toAssigned(h, id);
      ids.push(id);
    }
    // verification due 2025-05-02; due-soon from 2025-04-25, overdue from 2025-05-03
    at('2025-04-26T01:00:00Z');
    const [a, b] = await Promise.all([scanDeadlines(h.deps, 7), scanDeadlines(replica, 7)]);
    expect(a + b).toBe(30);
    at('2025-05-04T01:00:00Z');
    const rounds = await Promise.all([
      scanDeadlines(h.deps, 5),
      scanDeadlines(replica, 5),
      scanDeadlines(h.deps, 5),
      scanDeadlines(replica, 5),
    ]);
    expect(rounds.reduce((x, y) => x + y, 0)).toBe(30);
    expect(await Promise.all([scanDeadlines(h.deps), scanDeadlines(replica)])).toEqual([0, 0]);

    const rows = await h.deps.database.db.select({ type: busOutbox.type }).from(busOutbox);
    const count = (type: string) => rows.filter((r) => r.type === type).length;
    expect(count(complaints.reportDueSoon.type)).toBe(30);
    expect(count(complaints.reportOverdue.type)).toBe(30);

    await capture.waitForCount(30 * 6, 15_000);
    await sleep(300);
    const overdue = capture.events.filter((e) => e.event.type === complaints.reportOverdue.type);
    expect(overdue).toHaveLength(30);
    expect(new Set(overdue.map((e) => e.event.subject))).toEqual(new Set(ids));
    expect(overdue[0]?.event.data).toMatchObject({ deadline: 'verification', dueBy: '2025-05-02' });
    await capture.stop();
  }, 90_000); // 30 reports taken to assignment: slow on a loaded CI machine

  it('starts again after an extension, and the feedback clock after verification', async () => {
    at('2025-03-03T02:00:00Z');
    const { id } = await created(h, reportBody({ enterprise: { name: 'Extension Works' } }));
    await toAssigned(h, id);
    at('2025-05-04T01:00:00Z');
    await scanDeadlines(h.deps);
    await ok(h, id, 'extension', 'supervisor', {
      days: 20,
      reasonCode: 'awaiting-expertise',
      reason: 'Lab',
    });
    const view = await ok(h, id, 'verification', 'inspector', {
      result: 'unsubstantiated',
      reasonCode: 'no-violation-found',
      findings: 'Detector working.',
    });
    expect(view).toMatchObject({
      status: 'unsubstantiated',
      feedbackDueBy: '2025-05-14',
      deadline: { kind: 'feedback', dueBy: '2025-05-14' },
    });
    at('2025-05-20T01:00:00Z');
    await scanDeadlines(h.deps);
    const rows = await h.deps.database.db.select().from(busOutbox).orderBy(busOutbox.seq);
    const mine = rows
      .filter((r) => r.aggregateId === id)
      .map((r) => r.payload as { type: string; data: { deadline?: string } });
    expect(
      mine.filter((e) => e.type === complaints.reportOverdue.type).map((e) => e.data.deadline),
    ).toEqual(['verification', 'feedback']);
  });

  it('tracks the local time limits: reply in 5 working days, conclusion in 30 (≤ 90 approved)', async () => {
    at('2025-03-03T02:00:00Z'); // a Monday
    const { id, trackingCode, accessKey } = await created(
      h,
      reportBody({ enterprise: { name: 'Reply Works' } }),
    );
    const staff = { authorization: `Bearer ${await h.token('operator')}` };
    const view = await h.app.inject({ url: `/v1/reports/${id}`, headers: staff });
    // Tue 4, (Wed 5 holiday), Thu 6, Fri 7, Mon 10, Tue 11
    expect(view.json()).toMatchObject({
      replyDueBy: '2025-03-11',
      deadlines: [{ kind: 'reply', dueBy: '2025-03-11', overdue: false }],
    });
    const tracked = await h.app.inject({
      url: `/v1/reports/track/${trackingCode}`,
      headers: { 'x-access-key': accessKey },
    });
    expect(tracked.json()).toMatchObject({ dueDates: { reply: '2025-03-11' } });

    at('2025-03-12T01:00:00Z');
    await Promise.all([scanDeadlines(h.deps), scanDeadlines(replica), scanDeadlines(h.deps)]);
    const outbox = async () =>
      (await h.deps.database.db.select().from(busOutbox).orderBy(busOutbox.seq))
        .filter((r) => r.aggregateId === id)
        .map((r) => r.payload as { type: string; data: Record<string, unknown> });
    const late = (await outbox()).filter((e) => e.type === complaints.reportTimeLimitOverdue.type);
    expect(late.map((e) => e.data)).toEqual([
      expect.objectContaining({ timeLimit: 'reply', dueBy: '2025-03-11' }),
    ]);
    const overdueList = await h.app.inject({ url: '/v1/reports?deadline=overdue', headers: staff });
    expect(overdueList.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toContain(id);

    await ok(h, id, 'triage', 'operator', { category: 'major-hazard', summaryCode: 'HC-012' });
    const accepted = await ok(h, id, 'accept', 'operator');
    expect(accepted).toMatchObject({ concludeDueBy: '2025-04-11' });
    const asked = { totalDays: 60, reason: 'Awaiting the fire brigade’s findings' };
    expect((await act(h, id, 'conclusion-extension', 'operator', asked)).statusCode).toBe(403);
    const tooLong = await act(h, id, 'conclusion-extension', 'supervisor', {
      ...asked,
      totalDays: 91,
    });
    expect(tooLong.json()).toMatchObject({
      status: 422,
      code: 'COMPLAINTS.CONCLUSION_EXTENSION_INVALID',
    });
    const extended = await ok(h, id, 'conclusion-extension', 'supervisor', asked);
    expect(extended).toMatchObject({
      concludeDueBy: '2025-05-11',
      conclusionExtension: { totalDays: 60, approvedBy: 'supervisor-1' },
    });
    const types = (await outbox()).map((e) => e.type);
    expect(types).toContain(complaints.reportConclusionExtended.type);
  });
});
