// Which clocks run for a report, and when the scheduler must next look at it. Statutory (one
// at a time): verification 60 days from acceptance (+ one extension); feedback 10 days after
// verification or after the outcome is recorded; reward claim 60 days from notice. Local
// (DOMAIN.md *local*, alongside): reply within 5 working days of receipt, until the report is
// accepted or not; conclusion within 30 days of acceptance (≤ 90 approved), until feedback.
import { daysBetween, plusDays } from '../calendar.js';
import type { DeadlinePolicy } from '../policy.js';
import { CONCLUDING } from '../report/decide-conclusion.js';
import type { Report } from '../report/state.js';
import type { DeadlineKind, StatutoryDeadlineKind } from '../report/types.js';

export interface ActiveDeadline<K extends DeadlineKind = DeadlineKind> {
  readonly kind: K;
  readonly dueBy: string;
}

/** The statutory deadline that runs in the report's current status, if any. */
export function activeDeadline(report: Report): ActiveDeadline<StatutoryDeadlineKind> | undefined {
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

/** The local time limits running now (reply, conclusion). */
export function localDeadlines(report: Report): ActiveDeadline[] {
  const running: ActiveDeadline[] = [];
  const answering = report.status === 'received' || report.status === 'triaged';
  if (answering && report.replyDueBy !== undefined) {
    running.push({ kind: 'reply', dueBy: report.replyDueBy });
  }
  if (CONCLUDING.has(report.status) && report.concludeDueBy !== undefined) {
    running.push({ kind: 'conclusion', dueBy: report.concludeDueBy });
  }
  return running;
}

/** Every clock running now: the statutory one, then the local ones. */
export function activeDeadlines(report: Report): ActiveDeadline[] {
  const statutory = activeDeadline(report);
  return [...(statutory === undefined ? [] : [statutory]), ...localDeadlines(report)];
}

/** The earliest due date of the running clocks (the lists' due-soon and overdue filters). */
export function earliestDueBy(report: Report): string | undefined {
  return activeDeadlines(report)
    .map((d) => d.dueBy)
    .sort()
    .at(0);
}

/** How long before a due date its due-soon notice goes out. */
export function dueSoonLead(
  kind: DeadlineKind,
  policy: Pick<DeadlinePolicy, 'dueSoonDays' | 'replyDueSoonDays'>,
): number {
  return kind === 'reply' ? policy.replyDueSoonDays : policy.dueSoonDays;
}

/** Key of a notice in `report.notices`; a new due date (extension) gets new notices. */
export function noticeKey(d: ActiveDeadline, notice: 'due-soon' | 'overdue'): string {
  return `${d.kind}:${d.dueBy}:${notice}`;
}

/**
 * The first day on which a notice is due and not yet emitted, over every running clock:
 * `dueBy − lead` for a due-soon notice, the day after `dueBy` for an overdue one. Stored as a
 * column so the scheduler finds work with one index scan.
 */
export function nextNoticeOn(
  report: Report,
  policy: Pick<DeadlinePolicy, 'dueSoonDays' | 'replyDueSoonDays'>,
): string | undefined {
  const days = activeDeadlines(report).flatMap((deadline) => {
    if (!report.notices.includes(noticeKey(deadline, 'due-soon'))) {
      return [plusDays(deadline.dueBy, -dueSoonLead(deadline.kind, policy))];
    }
    if (!report.notices.includes(noticeKey(deadline, 'overdue'))) {
      return [plusDays(deadline.dueBy, 1)];
    }
    return [];
  });
  return days.sort().at(0);
}

/** Days from `today` until `dueBy` (0 on the due date). */
export function daysLeft(today: string, dueBy: string): number {
  return daysBetween(today, dueBy);
}

function unreachable(value: never): never {
  throw new Error(`unhandled status ${String(value)}`);
}
