// Verification (核查), the recorded outcome (a hazard or penalty case) and feedback to the
// reporter within 10 days (安全生产领域举报奖励办法 2018, art. 12).
import { plusDays } from '../calendar.js';
import { RuleViolation, invalidTransition } from '../errors.js';
import type { CommandContext } from '../policy.js';
import { industryRequired } from './decide-intake.js';
import type { ReportCommand } from './commands.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';

type Of<T extends ReportCommand['type']> = Extract<ReportCommand, { type: T }>;

export function substantiate(
  c: Of<'verify-substantiated'>,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if (r.status !== 'assigned') throw invalidTransition('verify', r.status);
  const uscc = c.enterpriseUscc ?? r.enterprise.uscc;
  if (uscc === undefined) {
    throw new RuleViolation(
      'COMPLAINTS.ENTERPRISE_USCC_REQUIRED',
      'A substantiated report needs the enterprise’s unified social credit code so a hazard case can be opened.',
    );
  }
  if (r.industry === undefined) throw industryRequired('substantiating');
  if (c.concealedDeaths > 0 && c.accidentLevel === undefined) {
    throw new RuleViolation(
      'COMPLAINTS.ACCIDENT_LEVEL_REQUIRED',
      'Concealed deaths need the accident level (general, larger, major, especially-major).',
    );
  }
  const { type: _type, enterpriseUscc: _uscc, ...found } = c;
  const verification = { result: 'substantiated' as const, ...found, at: ctx.at, by: ctx.by };
  return [{ type: 'report.verified', verification, enterpriseUscc: uscc, at: ctx.at, by: ctx.by }];
}

export function unsubstantiate(
  c: Of<'verify-unsubstantiated'>,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if (r.status !== 'assigned') throw invalidTransition('verify', r.status);
  const verification = {
    result: 'unsubstantiated' as const,
    reasonCode: c.reasonCode,
    findings: c.findings,
    at: ctx.at,
    by: ctx.by,
  };
  const feedbackDueBy = plusDays(ctx.today, ctx.deadlines.feedbackDays);
  return [{ type: 'report.verified', verification, feedbackDueBy, at: ctx.at, by: ctx.by }];
}

export function recordOutcome(
  c: Of<'record-outcome'>,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if (r.status !== 'substantiated') throw invalidTransition('record the outcome of', r.status);
  const feedbackDueBy = plusDays(ctx.today, ctx.deadlines.feedbackDays);
  const { type: _type, ...fields } = c;
  return [{ type: 'report.handled', ...fields, feedbackDueBy, at: ctx.at, by: ctx.by }];
}

export function sendFeedback(r: Report, ctx: CommandContext): ReportEvent[] {
  if ((r.status !== 'unsubstantiated' && r.status !== 'handled') || r.feedbackDueBy === undefined) {
    throw invalidTransition('send feedback on', r.status);
  }
  const dueBy = r.feedbackDueBy;
  return [
    { type: 'report.feedback-sent', dueBy, onTime: ctx.today <= dueBy, at: ctx.at, by: ctx.by },
  ];
}
