// Show: an overdue verification emits exactly one event, even with two schedulers (replicas)
// scanning the same database at the same time.
import { complaints } from '@yiwang/contracts';
import { captureEvents } from '@yiwang/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDeadlines } from '../src/app/scan-deadlines.js';
import type { Deps } from '../src/deps.js';
import { busOutbox } from '../src/db/schema.js';
import { created, ok, reportBody, toAssigned, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let replica: Deps;
beforeAll(async () => {
  h = await startHarness();
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
  });

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
});
