// What a reporter sees when tracking: a public status, a public timeline, due dates and the
// reward status. Nothing internal (units, inspectors, findings) and nothing identifying.
import { Type } from '@sinclair/typebox';
import { localDeadlines } from '../domain/deadlines/active-deadline.js';
import type { Report } from '../domain/report/state.js';
import type { Status } from '../domain/report/types.js';
import { Closed, Enum, Fen, IsoDate, Timestamp } from './schemas.js';

const PUBLIC_STATUSES = [
  'received',
  'not-accepted',
  'verifying',
  'substantiated',
  'unsubstantiated',
  'handled',
  'feedback-sent',
  'reward-decided',
  'reward-claimed',
  'reward-forfeited',
  'closed',
] as const;
type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** Internal statuses as the public sees them (triage and assignment are internal steps). */
export function publicStatus(status: Status): PublicStatus {
  switch (status) {
    case 'received':
    case 'triaged':
      return 'received';
    case 'accepted':
    case 'assigned':
      return 'verifying';
    default:
      return status;
  }
}

export const TrackingView = Closed({
  trackingCode: Type.String(),
  status: Enum(PUBLIC_STATUSES),
  receivedAt: Timestamp,
  timeline: Type.Array(Closed({ status: Enum(PUBLIC_STATUSES), at: Timestamp })),
  dueDates: Closed({
    verification: Type.Optional(IsoDate),
    feedback: Type.Optional(IsoDate),
    rewardClaim: Type.Optional(IsoDate),
    reply: Type.Optional(IsoDate),
    conclusion: Type.Optional(IsoDate),
  }),
  reward: Closed({
    status: Enum(['none', 'not-eligible', 'decided', 'claimed', 'forfeited']),
    amountFen: Type.Optional(Fen),
    claimDueBy: Type.Optional(IsoDate),
  }),
});

export function trackingView(r: Report, trackingCode: string) {
  const timeline: { status: PublicStatus; at: string }[] = [];
  for (const step of r.timeline) {
    const status = publicStatus(step.status);
    if (timeline.at(-1)?.status !== status) timeline.push({ status, at: step.at });
  }
  const reward =
    r.reward.status === 'none'
      ? { status: 'none' as const }
      : r.reward.status === 'denied'
        ? { status: 'not-eligible' as const }
        : {
            status: r.reward.status,
            amountFen: r.reward.amountFen,
            claimDueBy: r.reward.claimDueBy,
          };
  const verifying = r.verification === undefined;
  return {
    trackingCode,
    status: publicStatus(r.status),
    receivedAt: r.receivedAt,
    timeline,
    dueDates: {
      verification: verifying ? r.verifyDueBy : undefined,
      feedback: r.feedbackSentAt === undefined ? r.feedbackDueBy : undefined,
      rewardClaim: r.reward.status === 'decided' ? r.reward.claimDueBy : undefined,
      ...Object.fromEntries(localDeadlines(r).map((d) => [d.kind, d.dueBy])),
    },
    reward,
  };
}
