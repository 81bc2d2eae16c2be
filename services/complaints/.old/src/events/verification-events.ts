// Contract events of verification, outcome, feedback, closing and deadlines.
import { complaints, createEvent, type CloudEvent } from '@yiwang/contracts';
import type { EventOf } from '../domain/report/events.js';
import type { Report } from '../domain/report/state.js';
import { actorId } from './actor-id.js';
import { opt, type Base } from './envelope-base.js';

export function verified(e: EventOf<'report.verified'>, r: Report, base: Base): CloudEvent[] {
  const v = e.verification;
  if (v.result === 'unsubstantiated') {
    return [
      createEvent(complaints.reportUnsubstantiated, {
        ...base,
        data: {
          reportId: r.id,
          reasonCode: v.reasonCode,
          verifiedAt: e.at,
          verifiedBy: actorId(e.by),
        },
      }),
    ];
  }
  if (r.enterprise.uscc === undefined || r.industry === undefined) return [];
  return [
    createEvent(complaints.reportSubstantiated, {
      ...base,
      data: {
        reportId: r.id,
        enterprise: r.enterprise.uscc,
        region: r.place.region,
        scope: r.scope,
        summaryCode: r.summaryCode ?? 'NA-000',
        industry: r.industry,
        severity: v.severity,
        finding: r.scope,
        alreadyKnown: v.alreadyKnown,
        ...opt('fineFen', v.fineFen > 0 ? v.fineFen : undefined),
        ...opt('concealedDeaths', v.concealedDeaths > 0 ? v.concealedDeaths : undefined),
        ...opt('accidentLevel', v.accidentLevel),
        verifiedAt: e.at,
        verifiedBy: actorId(e.by),
      },
    }),
  ];
}

export function handled(e: EventOf<'report.handled'>, r: Report, base: Base): CloudEvent {
  const fine = r.verification?.result === 'substantiated' ? r.verification.fineFen : 0;
  return createEvent(complaints.reportHandled, {
    ...base,
    data: {
      reportId: r.id,
      outcome: e.outcome,
      ...opt('hazardId', e.hazardId),
      ...opt('penaltyCaseId', e.penaltyCaseId),
      ...opt('fineFen', fine > 0 ? fine : undefined),
      handledAt: e.at,
    },
  });
}

export function feedbackSent(
  e: EventOf<'report.feedback-sent'>,
  r: Report,
  base: Base,
): CloudEvent {
  const stage = r.verification?.result === 'unsubstantiated' ? 'verification' : 'handling';
  return createEvent(complaints.reportFeedbackSent, {
    ...base,
    data: { reportId: r.id, stage, dueBy: e.dueBy, sentAt: e.at, onTime: e.onTime },
  });
}

export function closed(e: EventOf<'report.closed'>, r: Report, base: Base): CloudEvent {
  const outcome =
    r.declined !== undefined
      ? 'not-accepted'
      : r.verification?.result === 'substantiated'
        ? 'substantiated'
        : 'unsubstantiated';
  const reward =
    r.reward.status === 'claimed' || r.reward.status === 'forfeited' ? r.reward.status : 'none';
  return createEvent(complaints.reportClosed, {
    ...base,
    data: { reportId: r.id, outcome, reward, closedAt: e.at, withinDeadline: e.withinDeadline },
  });
}

export function dueSoon(e: EventOf<'report.due-soon'>, r: Report, base: Base): CloudEvent {
  return createEvent(complaints.reportDueSoon, {
    ...base,
    data: {
      reportId: r.id,
      deadline: e.deadline,
      dueBy: e.dueBy,
      daysLeft: e.daysLeft,
      detectedAt: e.at,
    },
  });
}

export function overdue(e: EventOf<'report.overdue'>, r: Report, base: Base): CloudEvent {
  return createEvent(complaints.reportOverdue, {
    ...base,
    data: { reportId: r.id, deadline: e.deadline, dueBy: e.dueBy, detectedAt: e.at },
  });
}
