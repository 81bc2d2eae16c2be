// Contract events of intake, triage, acceptance, assignment and extension.
import { complaints, createEvent, type CloudEvent } from '@yiwang/contracts';
import type { EventOf } from '../domain/report/events.js';
import type { Report } from '../domain/report/state.js';
import { actorId } from './actor-id.js';
import { opt, outboxEvent, type Base } from './envelope-base.js';

export function received(r: Report, base: Base): CloudEvent {
  // validated once, by the outbox (see outboxEvent)
  return outboxEvent(complaints.reportReceived, {
    ...base,
    data: {
      reportId: r.id,
      channel: r.channel,
      scope: r.scope,
      receivedAt: r.receivedAt,
      ...opt('receivedBy', r.receivedBy === undefined ? undefined : actorId(r.receivedBy)),
      ...opt('replyDueBy', r.replyDueBy),
    },
  });
}

export function triaged(e: EventOf<'report.triaged'>, r: Report, base: Base): CloudEvent {
  return createEvent(complaints.reportTriaged, {
    ...base,
    data: {
      reportId: r.id,
      channel: r.channel,
      scope: e.scope,
      summaryCode: e.summaryCode,
      receivedAt: r.receivedAt,
      ...opt('industry', e.industry),
      triagedAt: e.at,
      triagedBy: actorId(e.by),
      ...opt('duplicateOf', e.duplicateOf),
    },
  });
}

export function notAccepted(e: EventOf<'report.not-accepted'>, r: Report, base: Base): CloudEvent {
  return createEvent(complaints.reportNotAccepted, {
    ...base,
    data: {
      reportId: r.id,
      reason: e.reason,
      ...opt('transferredTo', e.transferredTo),
      decidedAt: e.at,
      decidedBy: actorId(e.by),
    },
  });
}

export function accepted(e: EventOf<'report.accepted'>, r: Report, base: Base): CloudEvent {
  return createEvent(complaints.reportAccepted, {
    ...base,
    data: {
      reportId: r.id,
      scope: r.scope,
      summaryCode: r.summaryCode ?? 'NA-000',
      ...opt('industry', r.industry),
      acceptedAt: e.at,
      acceptedBy: actorId(e.by),
      verifyDueBy: e.verifyDueBy,
      concludeDueBy: e.concludeDueBy,
    },
  });
}

export function conclusionExtended(
  e: EventOf<'report.conclusion-extended'>,
  r: Report,
  base: Base,
): CloudEvent {
  return createEvent(complaints.reportConclusionExtended, {
    ...base,
    data: {
      reportId: r.id,
      totalDays: e.totalDays,
      concludeDueBy: e.concludeDueBy,
      approvedBy: actorId(e.by),
      approvedAt: e.at,
    },
  });
}

export function assigned(e: EventOf<'report.assigned'>, r: Report, base: Base): CloudEvent[] {
  if (r.industry === undefined || r.verifyDueBy === undefined) return [];
  return [
    createEvent(complaints.reportAssigned, {
      ...base,
      data: {
        reportId: r.id,
        scope: r.scope,
        industry: r.industry,
        assignedUnit: e.unit,
        ...opt('assignee', e.assignee === undefined ? undefined : actorId(e.assignee)),
        assignedAt: e.at,
        verifyDueBy: r.verifyDueBy,
      },
    }),
  ];
}

export function extended(
  e: EventOf<'report.verification-extended'>,
  r: Report,
  base: Base,
): CloudEvent {
  return createEvent(complaints.reportVerificationExtended, {
    ...base,
    data: {
      reportId: r.id,
      extendedDays: e.days,
      verifyDueBy: e.verifyDueBy,
      reasonCode: e.reasonCode,
      approvedBy: actorId(e.by),
      approvedAt: e.at,
    },
  });
}
