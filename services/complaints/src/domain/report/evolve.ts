// evolve(state, event) → state: how each fact changes the report. Every event is one version.
import { noticeKey } from '../deadlines/active-deadline.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';
import type { Status } from './types.js';

/** Applies one event; `report.received` starts the stream. */
export function evolve(report: Report | undefined, event: ReportEvent): Report {
  if (event.type === 'report.received') return event.report;
  if (report === undefined) throw new Error(`${event.type} before report.received`);
  const r = { ...report, version: report.version + 1 };
  const moved = (status: Status, changes: Partial<Report> = {}): Report => ({
    ...r,
    ...changes,
    status,
    timeline: [...r.timeline, { status, at: event.at }],
  });
  switch (event.type) {
    case 'report.triaged': {
      const { type: _t, at: _a, by: _b, ...fields } = event;
      return moved('triaged', fields);
    }
    case 'report.not-accepted':
      return moved('not-accepted', {
        declined: { reason: event.reason, transferredTo: event.transferredTo },
      });
    case 'report.accepted':
      return moved('accepted', {
        acceptedAt: event.at,
        verifyDueBy: event.verifyDueBy,
        concludeDueBy: event.concludeDueBy,
      });
    case 'report.conclusion-extended': {
      const { totalDays, reason, by, at } = event;
      return {
        ...r,
        concludeDueBy: event.concludeDueBy,
        conclusionExtension: { totalDays, reason, approvedBy: by, at },
      };
    }
    case 'report.assigned':
      return moved('assigned', {
        assignment: { unit: event.unit, assignee: event.assignee, at: event.at },
      });
    case 'report.verification-extended': {
      const { days, reasonCode, reason, by, at } = event;
      return {
        ...r,
        verifyDueBy: event.verifyDueBy,
        extension: { days, reasonCode, reason, approvedBy: by, at },
      };
    }
    case 'report.verified':
      return moved(event.verification.result, {
        verification: event.verification,
        enterprise: { ...r.enterprise, uscc: event.enterpriseUscc ?? r.enterprise.uscc },
        feedbackDueBy: event.feedbackDueBy,
      });
    case 'report.handled':
      return moved('handled', {
        outcome: {
          kind: event.outcome,
          hazardId: event.hazardId,
          penaltyCaseId: event.penaltyCaseId,
          at: event.at,
        },
        feedbackDueBy: event.feedbackDueBy,
      });
    case 'report.feedback-sent':
      return moved('feedback-sent', { feedbackSentAt: event.at });
    case 'reward.decided': {
      const { rewardId, amountFen, basis, ruleVersion, claimDueBy, at } = event;
      const reward = {
        status: 'decided' as const,
        rewardId,
        amountFen,
        basis,
        ruleVersion,
        claimDueBy,
        decidedAt: at,
      };
      return moved('reward-decided', { reward });
    }
    case 'reward.denied':
      return moved('reward-decided', {
        reward: { status: 'denied', reason: event.reason, at: event.at },
      });
    case 'reward.claimed':
    case 'reward.forfeited': {
      if (r.reward.status !== 'decided') return r;
      const status = event.type === 'reward.claimed' ? 'claimed' : 'forfeited';
      return moved(`reward-${status}`, {
        reward: { ...r.reward, status, settledAt: event.at },
      });
    }
    case 'report.closed':
      return moved('closed', { closedAt: event.at });
    case 'report.due-soon':
      return {
        ...r,
        notices: [
          ...r.notices,
          noticeKey({ kind: event.deadline, dueBy: event.dueBy }, 'due-soon'),
        ],
      };
    case 'report.overdue': {
      const d = { kind: event.deadline, dueBy: event.dueBy };
      const keys = [noticeKey(d, 'due-soon'), noticeKey(d, 'overdue')];
      return { ...r, notices: [...r.notices.filter((k) => !keys.includes(k)), ...keys] };
    }
    default:
      return unreachable(event);
  }
}

/** Applies events in order. */
export function evolveAll(report: Report | undefined, events: readonly ReportEvent[]): Report {
  let state = report;
  for (const event of events) state = evolve(state, event);
  if (state === undefined) throw new Error('no events');
  return state;
}

function unreachable(event: never): never {
  throw new Error(`unhandled event ${JSON.stringify(event)}`);
}
