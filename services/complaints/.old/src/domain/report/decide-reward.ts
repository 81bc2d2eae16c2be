// The reward decision, its claim within 60 days of notice or its forfeiture, and closing.
import { dateOf, plusDays } from '../calendar.js';
import { RuleViolation, invalidTransition } from '../errors.js';
import type { CommandContext } from '../policy.js';
import { computeReward } from '../rewards/compute-reward.js';
import { ineligibility } from '../rewards/eligibility.js';
import type { ReportCommand } from './commands.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';

type Of<T extends ReportCommand['type']> = Extract<ReportCommand, { type: T }>;

export function decideReward(
  c: Of<'decide-reward'>,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if (r.status !== 'feedback-sent' || r.reward.status !== 'none') {
    throw invalidTransition('decide the reward of', r.status);
  }
  const v = r.verification;
  const reason = ineligibility({
    substantiated: v?.result === 'substantiated',
    realName: r.realName,
    alreadyKnown: v?.result === 'substantiated' && v.alreadyKnown,
    earlierValidReports: c.earlierValidReports,
  });
  if (reason !== undefined || v?.result !== 'substantiated') {
    return [
      { type: 'reward.denied', reason: reason ?? 'not-substantiated', at: ctx.at, by: ctx.by },
    ];
  }
  const amount = computeReward(
    {
      fineFen: v.fineFen,
      concealedDeaths: v.concealedDeaths,
      accidentLevel: v.accidentLevel,
      employee: r.employee,
      employeeBonusEnabled: c.employeeBonusEnabled,
    },
    c.rules,
  );
  return [
    {
      type: 'reward.decided',
      rewardId: c.rewardId,
      ...amount,
      ruleVersion: c.rules.version,
      claimDueBy: plusDays(ctx.today, ctx.deadlines.claimDays),
      at: ctx.at,
      by: ctx.by,
    },
  ];
}

export function claimReward(r: Report, ctx: CommandContext): ReportEvent[] {
  if (r.status !== 'reward-decided' || r.reward.status !== 'decided') {
    throw invalidTransition('claim the reward of', r.status);
  }
  if (ctx.today > r.reward.claimDueBy) {
    throw new RuleViolation(
      'COMPLAINTS.CLAIM_PERIOD_EXPIRED',
      `The reward had to be claimed by ${r.reward.claimDueBy}; it can only be forfeited now.`,
    );
  }
  return [{ type: 'reward.claimed', at: ctx.at, by: ctx.by }];
}

export function forfeitReward(
  c: Of<'forfeit-reward'>,
  r: Report,
  ctx: CommandContext,
): ReportEvent[] {
  if (r.status !== 'reward-decided' || r.reward.status !== 'decided') {
    throw invalidTransition('forfeit the reward of', r.status);
  }
  if (c.reason === 'not-claimed-in-time' && ctx.today <= r.reward.claimDueBy) {
    throw new RuleViolation(
      'COMPLAINTS.CLAIM_PERIOD_RUNNING',
      `The reporter may claim the reward until ${r.reward.claimDueBy}.`,
    );
  }
  return [{ type: 'reward.forfeited', reason: c.reason, at: ctx.at, by: ctx.by }];
}

const closable = new Set(['not-accepted', 'reward-claimed', 'reward-forfeited']);

export function close(r: Report, ctx: CommandContext): ReportEvent[] {
  const unsubstantiatedDone =
    r.status === 'feedback-sent' && r.verification?.result === 'unsubstantiated';
  const denied = r.status === 'reward-decided' && r.reward.status === 'denied';
  if (!closable.has(r.status) && !unsubstantiatedDone && !denied) {
    throw invalidTransition('close', r.status);
  }
  const verifiedInTime =
    r.verification === undefined ||
    r.verifyDueBy === undefined ||
    dateOf(r.verification.at) <= r.verifyDueBy;
  const feedbackInTime =
    r.feedbackDueBy === undefined ||
    (r.feedbackSentAt !== undefined && dateOf(r.feedbackSentAt) <= r.feedbackDueBy);
  return [
    {
      type: 'report.closed',
      withinDeadline: verifiedInTime && feedbackInTime,
      at: ctx.at,
      by: ctx.by,
    },
  ];
}
