// *local* time limit (DOMAIN.md "Complaints"): a report is concluded (办结: verified, handled and
// the reporter given feedback) within 30 days of acceptance, or within at most 90 days when a
// supervisor approves more time. Each approval names the new total and the reason; the total
// only grows and never passes the maximum.
import { dateOf, plusDays } from '../calendar.js';
import { RuleViolation, invalidTransition } from '../errors.js';
import type { CommandContext } from '../policy.js';
import type { ReportCommand } from './commands.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';
import type { Status } from './types.js';

/** While these last, the conclusion clock runs (it stops at feedback or closure). */
export const CONCLUDING: ReadonlySet<Status> = new Set<Status>([
  'accepted',
  'assigned',
  'substantiated',
  'unsubstantiated',
  'handled',
]);

type ExtendConclusion = Extract<ReportCommand, { type: 'extend-conclusion' }>;

/** Approves a longer conclusion time limit: more than the current one, at most the maximum. */
export function extendConclusion(
  c: ExtendConclusion,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if (!CONCLUDING.has(r.status) || r.acceptedAt === undefined || r.concludeDueBy === undefined) {
    throw invalidTransition('extend the conclusion time limit of', r.status);
  }
  const max = ctx.deadlines.concludeMaxDays;
  const concludeDueBy = plusDays(dateOf(r.acceptedAt), c.totalDays);
  if (!Number.isInteger(c.totalDays) || c.totalDays > max || concludeDueBy <= r.concludeDueBy) {
    throw new RuleViolation(
      'COMPLAINTS.CONCLUSION_EXTENSION_INVALID',
      `A report is concluded within at most ${max} days of acceptance with approval; ask for more than the current limit (due ${r.concludeDueBy}) and at most ${max} days in total.`,
      { maxDays: max, currentDueBy: r.concludeDueBy },
    );
  }
  return [
    {
      type: 'report.conclusion-extended',
      totalDays: c.totalDays,
      reason: c.reason,
      concludeDueBy,
      at: ctx.at,
      by: ctx.by,
    },
  ];
}
