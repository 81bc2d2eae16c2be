// Which statutory clock runs for a report, and when the scheduler must next look at it.
// Verification: 60 days from acceptance (+ one extension); feedback: 10 days after
// verification or after the outcome is recorded; reward claim: 60 days from notice.
import { daysBetween, plusDays } from '../calendar.js';
import type { Report } from '../report/state.js';
import type { DeadlineKind } from '../report/types.js';

export interface ActiveDeadline {
  readonly kind: DeadlineKind;
  readonly dueBy: string;
}

/** The deadline that runs in the report's current status, if any. */
export function activeDeadline(report: Report): ActiveDeadline | undefined {
  switch (report.status) {
    case 'accepted':
    case 'assigned':
      return report.verifyDueBy === undefined
        ? undefined
        : { kind: 'verification', dueBy: report.verifyDueBy };
    case 'unsubstantiated':
    case 'handled':
      return report.feedbackDueBy === undefined
        ? undefined
        : { kind: 'feedback', dueBy: report.feedbackDueBy };
    case 'reward-decided':
      return report.reward.status === 'decided'
        ? { kind: 'reward-claim', dueBy: report.reward.claimDueBy }
        : undefined;
    case 'received':
    case 'triaged':
    case 'not-accepted':
    case 'substantiated':
    case 'feedback-sent':
    case 'reward-claimed':
    case 'reward-forfeited':
    case 'closed':
      return undefined;
    default:
      return unreachable(report.status);
  }
}

/** Key of a notice in `report.notices`; a new due date (extension) gets new notices. */
export function noticeKey(d: ActiveDeadline, notice: 'due-soon' | 'overdue'): string {
  return `${d.kind}:${d.dueBy}:${notice}`;
}

/**
 * The first day on which a notice is due and not yet emitted: `dueBy − dueSoonDays` for the
 * due-soon notice, the day after `dueBy` for the overdue one. Stored as a column so the
 * scheduler finds work with one index scan.
 */
export function nextNoticeOn(report: Report, dueSoonDays: number): string | undefined {
  const deadline = activeDeadline(report);
  if (deadline === undefined) return undefined;
  if (!report.notices.includes(noticeKey(deadline, 'due-soon'))) {
    return plusDays(deadline.dueBy, -dueSoonDays);
  }
  if (!report.notices.includes(noticeKey(deadline, 'overdue'))) {
    return plusDays(deadline.dueBy, 1);
  }
  return undefined;
}

/** Days from `today` until `dueBy` (0 on the due date). */
export function daysLeft(today: string, dueBy: string): number {
  return daysBetween(today, dueBy);
}

function unreachable(value: never): never {
  throw new Error(`unhandled status ${String(value)}`);
}
