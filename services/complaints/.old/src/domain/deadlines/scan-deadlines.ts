// The scheduler's decision for one report: which deadline notices are due today. Each notice
// is emitted once per deadline and due date (the report remembers it in `notices`); the
// scheduler holds the report's row lock, so two replicas never decide for the same report.
import type { ReportEvent } from '../report/events.js';
import type { Report } from '../report/state.js';
import type { CommandContext } from '../policy.js';
import { activeDeadline, daysLeft, noticeKey } from './active-deadline.js';

/** The notice the report needs today, if any; a late first scan emits only `overdue`. */
export function scanDeadlines(report: Report, ctx: CommandContext): ReportEvent[] {
  const deadline = activeDeadline(report);
  if (deadline === undefined) return [];
  const left = daysLeft(ctx.today, deadline.dueBy);
  const events: ReportEvent[] = [];
  const stamp = { at: ctx.at, by: ctx.by, deadline: deadline.kind, dueBy: deadline.dueBy };
  if (left < 0) {
    if (!report.notices.includes(noticeKey(deadline, 'overdue'))) {
      events.push({ type: 'report.overdue', ...stamp });
    }
  } else if (
    left <= ctx.deadlines.dueSoonDays &&
    !report.notices.includes(noticeKey(deadline, 'due-soon'))
  ) {
    events.push({ type: 'report.due-soon', ...stamp, daysLeft: left });
  }
  return events;
}
