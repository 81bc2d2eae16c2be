// Contract events of the reward aggregate: subject = reward id, sequence 1 (decided) then 2.
import { complaints, createEvent, type CloudEvent } from '@yiwang/contracts';
import type { EventOf } from '../domain/report/events.js';
import type { Report } from '../domain/report/state.js';
import { actorId } from './actor-id.js';
import { opt, type Base } from './envelope-base.js';

export function rewardDecided(e: EventOf<'reward.decided'>, r: Report, base: Base): CloudEvent {
  const v = r.verification?.result === 'substantiated' ? r.verification : undefined;
  return createEvent(complaints.rewardDecided, {
    ...base,
    subject: e.rewardId,
    sequence: 1,
    data: {
      rewardId: e.rewardId,
      reportId: r.id,
      basis: e.basis,
      ...opt('fineFen', v !== undefined && v.fineFen > 0 ? v.fineFen : undefined),
      ...opt(
        'concealedDeaths',
        v !== undefined && v.concealedDeaths > 0 ? v.concealedDeaths : undefined,
      ),
      ...opt('accidentLevel', v?.accidentLevel),
      amountFen: e.amountFen,
      ruleVersion: e.ruleVersion,
      decidedAt: e.at,
      decidedBy: actorId(e.by),
      claimDueBy: e.claimDueBy,
    },
  });
}

export function rewardSettled(
  e: EventOf<'reward.claimed'> | EventOf<'reward.forfeited'>,
  r: Report,
  base: Base,
): CloudEvent[] {
  if (r.reward.status !== 'claimed' && r.reward.status !== 'forfeited') return [];
  const envelope = { ...base, subject: r.reward.rewardId, sequence: 2 };
  const ids = { rewardId: r.reward.rewardId, reportId: r.id };
  return [
    e.type === 'reward.claimed'
      ? createEvent(complaints.rewardClaimed, {
          ...envelope,
          data: { ...ids, amountFen: r.reward.amountFen, claimedAt: e.at },
        })
      : createEvent(complaints.rewardForfeited, {
          ...envelope,
          data: { ...ids, reason: e.reason, forfeitedAt: e.at },
        }),
  ];
}
