// Triage, acceptance (or not), assignment and the one extension of verification.
import { plusDays } from '../calendar.js';
import { RuleViolation, invalidTransition } from '../errors.js';
import type { CommandContext } from '../policy.js';
import type { ReportCommand } from './commands.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';

type Of<T extends ReportCommand['type']> = Extract<ReportCommand, { type: T }>;

export function triage(c: Of<'triage'>, r: Report, ctx: CommandContext): ReportEvent[] {
  if (r.status !== 'received' && r.status !== 'triaged')
    throw invalidTransition('triage', r.status);
  const { type: _type, ...fields } = c;
  return [{ type: 'report.triaged', ...fields, at: ctx.at, by: ctx.by }];
}

export function accept(r: Report, ctx: CommandContext): ReportEvent[] {
  if (r.status !== 'triaged') throw invalidTransition('accept', r.status);
  const verifyDueBy = plusDays(ctx.today, ctx.deadlines.verifyDays);
  // *local* (DOMAIN.md): concluded within 30 days of acceptance, ≤ 90 with approval
  const concludeDueBy = plusDays(ctx.today, ctx.deadlines.concludeDays);
  return [{ type: 'report.accepted', verifyDueBy, concludeDueBy, at: ctx.at, by: ctx.by }];
}

export function decline(c: Of<'decline'>, r: Report, ctx: CommandContext): ReportEvent[] {
  if (r.status !== 'received' && r.status !== 'triaged')
    throw invalidTransition('decline', r.status);
  if (c.reason === 'transferred' && c.transferredTo === undefined) {
    throw new RuleViolation(
      'COMPLAINTS.TRANSFER_TARGET_REQUIRED',
      'A report not accepted because it was transferred must name the department it went to.',
    );
  }
  return [
    {
      type: 'report.not-accepted',
      reason: c.reason,
      transferredTo: c.transferredTo,
      at: ctx.at,
      by: ctx.by,
    },
  ];
}

export function assign(c: Of<'assign'>, r: Report, ctx: CommandContext): ReportEvent[] {
  if (r.status !== 'accepted' && r.status !== 'assigned')
    throw invalidTransition('assign', r.status);
  if (r.industry === undefined) throw industryRequired('assigning');
  return [{ type: 'report.assigned', unit: c.unit, assignee: c.assignee, at: ctx.at, by: ctx.by }];
}

/** One extension only, of at most `maxExtensionDays`, with a reason (DOMAIN.md). */
export function extend(
  c: Of<'extend-verification'>,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if ((r.status !== 'accepted' && r.status !== 'assigned') || r.verifyDueBy === undefined) {
    throw invalidTransition('extend the verification of', r.status);
  }
  if (r.extension !== undefined) {
    throw new RuleViolation(
      'COMPLAINTS.EXTENSION_ALREADY_USED',
      'The verification deadline was already extended once; only one extension is allowed.',
    );
  }
  const max = ctx.deadlines.maxExtensionDays;
  if (!Number.isInteger(c.days) || c.days < 1 || c.days > max) {
    throw new RuleViolation(
      'COMPLAINTS.EXTENSION_TOO_LONG',
      `An extension is 1 to ${max} days; ${c.days} was asked.`,
      { maxDays: max },
    );
  }
  const verifyDueBy = plusDays(r.verifyDueBy, c.days);
  const { type: _type, ...fields } = c;
  return [{ type: 'report.verification-extended', ...fields, verifyDueBy, at: ctx.at, by: ctx.by }];
}

/** Routing and the hazards case need the industry, which triage sets. */
export function industryRequired(step: string): RuleViolation {
  return new RuleViolation(
    'COMPLAINTS.INDUSTRY_REQUIRED',
    `Set the industry at triage before ${step} the report.`,
  );
}
