// The scheduler's decision for one report: which deadline notices are due today, for every
// running clock (statutory and local). Each notice is emitted once per deadline and due date (the report remembers it in `notices`); the
// scheduler holds the report's row lock, so two replicas never decide for the same report.
import type { ReportEvent } from '../report/events.js';
import type { Report } from '../report/state.js';
import type { CommandContext } from '../policy.js';
import { activeDeadlines, daysLeft, dueSoonLead, noticeKey } from './active-deadline.js';

/**
 * The notices the report needs today, one per running clock; a late first scan emits only
 * `overdue` for that clock.
 */
export function scanDeadlines(report: Report, ctx: CommandContext): ReportEvent[] {
  return activeDeadlines(report).flatMap((deadline): ReportEvent[] => {
    const left = daysLeft(ctx.today, deadline.dueBy);
    const stamp = { at: ctx.at, by: ctx.by, deadline: deadline.kind, dueBy: deadline.dueBy };
    if (left < 0) {
      return report.notices.includes(noticeKey(deadline, 'overdue'))
        ? []
        : [{ type: 'report.overdue', ...stamp }];
    }
    const soon = left <= dueSoonLead(deadline.kind, ctx.deadlines);
    return soon && !report.notices.includes(noticeKey(deadline, 'due-soon'))
      ? [{ type: 'report.due-soon', ...stamp, daysLeft: left }]
      : [];
  });
}
