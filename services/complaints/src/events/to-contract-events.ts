// The one place where domain events of a report become contract events (STYLE.md rule 3).
// Only codes, ids and dates cross: the contract schemas have no field for the reporter, the
// reporter's words, the address or the staff summary, and createEvent rejects unknown fields.
import type { CloudEvent } from '@yiwang/contracts';
import type { ReportEvent } from '../domain/report/events.js';
import { reportBase, type EventEnvelope } from './envelope-base.js';
import {
  accepted,
  assigned,
  conclusionExtended,
  extended,
  notAccepted,
  received,
  triaged,
} from './intake-events.js';
import { rewardDecided, rewardSettled } from './reward-events.js';
import {
  closed,
  dueSoon,
  feedbackSent,
  handled,
  overdue,
  verified,
} from './verification-events.js';

export type { EventEnvelope } from './envelope-base.js';

/** Maps one domain event; a denied reward stays inside the service. */
export function toContractEvents(event: ReportEvent, env: EventEnvelope): CloudEvent[] {
  const r = env.after;
  if (event.type === 'report.received') return [received(r, reportBase(env, r.receivedAt))];
  const base = reportBase(env, event.at);
  switch (event.type) {
    case 'report.triaged':
      return [triaged(event, r, base)];
    case 'report.not-accepted':
      return [notAccepted(event, r, base)];
    case 'report.accepted':
      return [accepted(event, r, base)];
    case 'report.assigned':
      return assigned(event, r, base);
    case 'report.verification-extended':
      return [extended(event, r, base)];
    case 'report.conclusion-extended':
      return [conclusionExtended(event, r, base)];
    case 'report.verified':
      return verified(event, r, base);
    case 'report.handled':
      return [handled(event, r, base)];
    case 'report.feedback-sent':
      return [feedbackSent(event, r, base)];
    case 'reward.decided':
      return [rewardDecided(event, r, base)];
    case 'reward.denied':
      return [];
    case 'reward.claimed':
    case 'reward.forfeited':
      return rewardSettled(event, r, base);
    case 'report.closed':
      return [closed(event, r, base)];
    case 'report.due-soon':
      return [dueSoon(event, r, base)];
    case 'report.overdue':
      return [overdue(event, r, base)];
    default:
      return unreachable(event);
  }
}

function unreachable(event: never): never {
  throw new Error(`unmapped event ${JSON.stringify(event)}`);
}
