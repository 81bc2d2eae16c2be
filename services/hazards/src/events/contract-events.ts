// The one place where hazard domain events become contract events (STYLE.md rule 3).
// `hazard.rectification-started` and `hazard.linked` stay inside the service: no context
// needs them.
import type { Causation } from '@yiwang/bus';
import { createEvent, hazards as c, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { Hazard, HazardEvent } from '../domain/hazard.js';
import { supervisionContractEvent } from './supervision-contract-events.js';

/** What the envelope and the data need besides the domain event. */
export interface EnvelopeFacts {
  readonly id: string;
  /** The case after the event (its version is the sequence). */
  readonly hazard: Hazard;
  readonly enterpriseName: string | null;
  readonly industry: string | null;
  readonly causation?: Causation | undefined;
}

type Industry = NonNullable<
  Parameters<typeof createEvent<typeof c.hazardReported.schema>>[1]['data']['industry']
>;

/** The CloudEvent of a domain event, or undefined when it is not published. */
export function toContractEvent(e: HazardEvent, f: EnvelopeFacts): CloudEvent | undefined {
  const h = f.hazard;
  const base = {
    id: f.id,
    sequence: h.version,
    region: h.region,
    enterprise: h.uscc,
    subject: h.id,
    time: e.at,
    ...f.causation,
  };
  const hazardId = h.id;
  const name = f.enterpriseName === null ? {} : { enterpriseName: f.enterpriseName };
  const industry = f.industry === null ? {} : { industry: f.industry as Industry };
  switch (e.type) {
    case 'hazard.reported': {
      const r = e.hazard;
      return createEvent(c.hazardReported, {
        ...base,
        data: {
          hazardId,
          ...name,
          ...industry,
          source: r.source,
          ...(r.sourceRef === undefined ? {} : { sourceRef: r.sourceRef }),
          category: r.category as never,
          summary: r.summary,
          ...(r.location === undefined ? {} : { location: r.location }),
          foundAt: r.foundAt,
          ...(r.foundBy === undefined ? {} : { foundBy: r.foundBy }),
          photos: [...(r.photos ?? [])],
        },
      });
    }
    case 'hazard.graded':
      return createEvent(c.hazardGraded, {
        ...base,
        data: {
          hazardId,
          level: e.level,
          ...(e.checklist === undefined ? {} : { checklist: e.checklist }),
          stopRequired: e.stopRequired,
          rectificationDeadline: e.deadline,
          gradedAt: e.at,
          gradedBy: e.by,
        },
      });
    case 'hazard.double-reported':
      return createEvent(c.hazardDoubleReported, {
        ...base,
        data: {
          hazardId,
          reportedToRegulatorAt: e.toRegulatorAt,
          reportedToWorkersCongressAt: e.toWorkersCongressAt,
        },
      });
    case 'hazard.plan-submitted':
      return createEvent(c.hazardPlanSubmitted, {
        ...base,
        data: {
          hazardId,
          planId: e.plan.planId,
          submittedAt: e.plan.submittedAt,
          plannedCompletion: e.plan.plannedCompletion,
          fundsFen: e.plan.fundsFen,
          parts: { ...e.plan.parts },
        },
      });
    case 'hazard.stop-ordered':
      return createEvent(c.hazardStopOrdered, {
        ...base,
        data: {
          hazardId,
          scope: e.scope,
          orderNumber: e.orderNumber,
          orderedAt: e.at,
          orderedBy: e.by,
          reason: e.reason,
        },
      });
    case 'hazard.listed': {
      const l = e.listing;
      return createEvent(c.hazardListed, {
        ...base,
        data: {
          hazardId,
          ...name,
          hazardSummary: l.noticeSummary,
          authority: l.authority,
          authorityLevel: l.authorityLevel,
          documentNumber: l.documentNumber,
          listedAt: l.listedAt,
          deadline: l.deadline,
        },
      });
    }
    case 'hazard.rectification-started':
    case 'hazard.linked':
      return undefined;
    case 'hazard.extension-requested':
      return createEvent(c.hazardExtensionRequested, {
        ...base,
        data: {
          hazardId,
          requestId: e.request.requestId,
          currentDeadline: e.currentDeadline,
          requestedDeadline: e.request.requestedDeadline,
          workingDaysBeforeDeadline: e.workingDaysBeforeDeadline,
          reason: e.request.reason,
          requestedAt: e.at,
          decisionDueBy: e.request.decisionDueBy,
        },
      });
    case 'hazard.extension-decided':
      return createEvent(c.hazardExtensionDecided, {
        ...base,
        data: {
          hazardId,
          requestId: e.requestId,
          decision: e.decision,
          deadline: e.deadline,
          decidedAt: e.at,
          decidedBy: e.by,
          ...(e.reason === undefined ? {} : { reason: e.reason }),
        },
      });
    case 'hazard.rectified':
      return createEvent(c.hazardRectified, {
        ...base,
        data: {
          hazardId,
          rectifiedAt: e.at,
          evidence: [...e.evidence],
          ...(e.costFen === undefined ? {} : { costFen: e.costFen }),
        },
      });
    case 'hazard.reviewed':
      return createEvent(c.hazardReviewed, {
        ...base,
        data: {
          hazardId,
          kind: e.kind,
          outcome: e.outcome,
          reviewedAt: e.at,
          reviewedBy: e.by,
          ...(e.findings === undefined ? {} : { findings: e.findings }),
        },
      });
    case 'hazard.assessed':
      return createEvent(c.hazardAssessed, {
        ...base,
        data: {
          hazardId,
          assessedAt: e.at,
          assessor: e.assessor,
          ...(e.agency === undefined ? {} : { agency: e.agency }),
          conclusion: e.conclusion,
          reportId: e.reportId,
        },
      });
    case 'hazard.resumption-applied':
      return createEvent(c.hazardResumptionApplied, {
        ...base,
        data: {
          hazardId,
          applicationId: e.applicationId,
          appliedAt: e.at,
          reviewDueBy: e.reviewDueBy,
        },
      });
    case 'hazard.rejected':
      return createEvent(c.hazardRejected, {
        ...base,
        data: {
          hazardId,
          rejectedAt: e.at,
          rejectedBy: e.by,
          reason: e.reason,
          newDeadline: e.newDeadline,
        },
      });
    case 'hazard.closed':
      return createEvent(c.hazardClosed, {
        ...base,
        data: {
          hazardId,
          level: h.level ?? 'general',
          source: h.source,
          ...(h.sourceRef === undefined ? {} : { sourceRef: h.sourceRef }),
          ...name,
          closedAt: e.at,
          closedBy: e.by,
          ...(e.documentNumber === undefined ? {} : { documentNumber: e.documentNumber }),
        },
      });
    case 'hazard.overdue':
      return createEvent(c.hazardOverdue, {
        ...base,
        data: {
          hazardId,
          level: h.level ?? 'general',
          ...industry,
          deadline: e.deadline,
          detectedAt: e.at,
          daysOverdue: e.daysOverdue,
        },
      });
    case 'hazard.due-soon':
    case 'hazard.bureau-deadline-missed':
    case 'hazard.enforcement-ordered':
    case 'hazard.enforcement-lifted':
      return supervisionContractEvent(e, h, base);
    default:
      return assertNever(e);
  }
}
