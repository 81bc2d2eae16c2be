// Given/When/Then specs of the local time limits (DOMAIN.md "Complaints", *local*): answer the
// reporter within 5 working days; conclude within 30 days of acceptance, ≤ 90 with approval.
import { describe, expect, it } from 'vitest';
import type { RuleViolation } from '../errors.js';
import { NATIONAL_DEADLINES, type CommandContext, type DeadlinePolicy } from '../policy.js';
import type { ReportCommand } from '../report/commands.js';
import { decide } from '../report/decide.js';
import type { ReportEvent } from '../report/events.js';
import { evolveAll } from '../report/evolve.js';
import { receiveReport, replyDueBy } from '../report/receive.js';
import type { Report } from '../report/state.js';
import { activeDeadlines, nextNoticeOn } from './active-deadline.js';

// 2025-03-03 is a Monday; the calendar makes Wednesday 2025-03-05 a holiday.
const policy: DeadlinePolicy = {
  ...NATIONAL_DEADLINES,
  calendar: { name: 'test', holidays: ['2025-03-05'], workdays: [] },
};
const ctx = (today: string): CommandContext => ({
  at: `${today}T02:00:00.000Z`,
  today,
  by: 'supervisor-1',
  deadlines: policy,
});
const received = (): Report =>
  evolveAll(
    undefined,
    receiveReport({
      id: 'r1',
      channel: 'web',
      scope: 'general-hazard',
      place: { region: '330502' },
      enterprise: { name: 'Mill' },
      attachments: [],
      named: false,
      employee: false,
      at: '2025-03-03T02:00:00.000Z',
      deadlines: policy,
    }),
  );
const run = (report: Report, day: string, command: ReportCommand): [Report, ReportEvent[]] => {
  const events = decide(command, report, ctx(day));
  return [evolveAll(report, events), events];
};
const accepted = (): Report => {
  const [triaged] = run(received(), '2025-03-03', {
    type: 'triage',
    scope: 'general-hazard',
    summaryCode: 'GH-001',
  });
  return run(triaged, '2025-03-04', { type: 'accept' })[0];
};
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as RuleViolation).code;
  }
  return undefined;
};

describe('reply within 5 working days', () => {
  it('when received on a Monday before a holiday, then the reply is due the next Tuesday', () => {
    // Tue 4, (Wed 5 off), Thu 6, Fri 7, Mon 10, Tue 11
    expect(received().replyDueBy).toBe('2025-03-11');
    expect(activeDeadlines(received())).toEqual([{ kind: 'reply', dueBy: '2025-03-11' }]);
  });

  it('when reports arrive across a midnight in Shanghai, then each is due from its own day', () => {
    // one policy object throughout, as in the service: the due date is remembered per day
    expect(replyDueBy('2025-03-03T15:59:59.999Z', policy)).toBe('2025-03-11'); // Mon 23:59
    expect(replyDueBy('2025-03-03T16:00:00.000Z', policy)).toBe('2025-03-12'); // Tue 00:00
    expect(replyDueBy('2025-03-03T02:00:00.000Z', policy)).toBe('2025-03-11'); // Mon again
    expect(replyDueBy('2025-03-03T02:00:00.000Z', { ...policy, replyWorkingDays: 1 })).toBe(
      '2025-03-04',
    );
  });

  it('when scanned, then due-soon the day before, and overdue once after the due date', () => {
    const report = received();
    expect(nextNoticeOn(report, policy)).toBe('2025-03-10');
    expect(decide({ type: 'scan-deadlines' }, report, ctx('2025-03-09'))).toEqual([]);
    const [soon, soonEvents] = run(report, '2025-03-10', { type: 'scan-deadlines' });
    expect(soonEvents).toMatchObject([{ type: 'report.due-soon', deadline: 'reply', daysLeft: 1 }]);
    const [late, lateEvents] = run(soon, '2025-03-12', { type: 'scan-deadlines' });
    expect(lateEvents).toMatchObject([{ type: 'report.overdue', deadline: 'reply' }]);
    expect(decide({ type: 'scan-deadlines' }, late, ctx('2025-03-20'))).toEqual([]);
    expect(nextNoticeOn(late, policy)).toBeUndefined();
  });

  it('when accepted, then the reply clock stops and the conclusion clock runs 30 days', () => {
    const report = accepted();
    expect(activeDeadlines(report)).toEqual([
      { kind: 'verification', dueBy: '2025-05-03' },
      { kind: 'conclusion', dueBy: '2025-04-03' },
    ]);
  });
});

describe('conclude within 30 days, at most 90 with approval', () => {
  it('when approved for 60 days in total, then due 60 days after acceptance', () => {
    const [report, events] = run(accepted(), '2025-03-20', {
      type: 'extend-conclusion',
      totalDays: 60,
      reason: 'Awaiting the fire brigade’s report',
    });
    expect(events).toMatchObject([{ type: 'report.conclusion-extended', totalDays: 60 }]);
    expect(report.concludeDueBy).toBe('2025-05-03');
    expect(report.conclusionExtension).toMatchObject({ approvedBy: 'supervisor-1' });
  });

  it('when asked for more than 90 days, or for no more time, then refused', () => {
    const report = accepted();
    const extend = (totalDays: number) => () =>
      decide({ type: 'extend-conclusion', totalDays, reason: 'x' }, report, ctx('2025-03-20'));
    expect(code(extend(91))).toBe('COMPLAINTS.CONCLUSION_EXTENSION_INVALID');
    expect(code(extend(30))).toBe('COMPLAINTS.CONCLUSION_EXTENSION_INVALID');
    expect(code(extend(90))).toBeUndefined();
  });

  it('when not yet accepted, then there is nothing to extend', () => {
    expect(
      code(() =>
        decide(
          { type: 'extend-conclusion', totalDays: 60, reason: 'x' },
          received(),
          ctx('2025-03-04'),
        ),
      ),
    ).toBe('COMPLAINTS.INVALID_TRANSITION');
  });

  it('when the conclusion passes unmet, then one overdue notice, the statutory clock aside', () => {
    const [late, events] = run(accepted(), '2025-04-04', { type: 'scan-deadlines' });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'report.overdue',
        deadline: 'conclusion',
        dueBy: '2025-04-03',
      }),
    ]);
    const again = decide({ type: 'scan-deadlines' }, late, ctx('2025-04-05'));
    expect(again).toEqual([]);
  });
});
