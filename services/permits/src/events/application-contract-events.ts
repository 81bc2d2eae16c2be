// The one place where application domain events become contract events (STYLE.md rule 3).
// Drafts, attached evidence and internal notes stay inside the service; the licence an
// approval issues is published by the licence (licence-contract-events.ts); each public
// progress entry becomes a `permits.progress.recorded`.
import type { Causation } from '@yiwang/bus';
import { createEvent, permits as c, type CloudEvent } from '@yiwang/contracts';
import type { Application, ApplicationEvent } from '../domain/application.js';
import { assertNever } from '../domain/decision.js';
import type { ProgressEntry } from '../domain/progress.js';

type Industry = Parameters<
  typeof createEvent<typeof c.licenceIssued.schema>
>[1]['data']['industry'];

/** The CloudEvent of an application event (after it was applied to `a`), or undefined. */
export function applicationContractEvent(
  e: ApplicationEvent,
  a: Application,
  id: string,
  causation?: Causation,
): CloudEvent | undefined {
  const base = {
    id,
    sequence: a.version,
    region: a.region,
    enterprise: a.uscc,
    subject: a.id,
    time: e.at,
    ...causation,
  };
  const applicationId = a.id;
  switch (e.type) {
    case 'application.drafted':
    case 'application.evidence-attached':
    case 'application.supplement-provided':
    case 'application.licence-issued':
    case 'application.note-added':
      return undefined;
    case 'application.submitted':
      return createEvent(c.applicationSubmitted, {
        ...base,
        data: {
          applicationId,
          licenceType: a.licenceType,
          kind: a.kind,
          enterpriseName: a.enterpriseName,
          industry: a.industry as Industry,
          channel: 'online',
          submittedAt: e.at,
          applicationNumber: a.number,
          ...(a.stage === undefined ? {} : { stage: a.stage }),
          ...(a.previousLicenceId === undefined ? {} : { previousLicenceId: a.previousLicenceId }),
        },
      });
    case 'application.supplement-requested':
      return createEvent(c.applicationSupplementRequested, {
        ...base,
        data: {
          applicationId,
          missing: [...e.missing],
          noticeNumber: e.noticeNumber,
          requestedAt: e.at,
          dueBy: e.dueBy,
        },
      });
    case 'application.accepted':
      return createEvent(c.applicationAccepted, {
        ...base,
        data: {
          applicationId,
          acceptedAt: e.at,
          decisionDueBy: e.decisionDueBy,
          limitDays: e.limit.days,
          dayKind: e.limit.kind,
          deemed: e.deemed,
        },
      });
    case 'application.credit-checked': {
      const k = e.check;
      return createEvent(c.applicationCreditChecked, {
        ...base,
        data: {
          applicationId,
          listed: k.listed,
          insuranceRequired: k.insuranceRequired,
          insuranceActive: k.insuranceActive,
          overdueMajorHazards: k.overdueMajorHazards,
          result: k.result,
          vetoReasons: [...k.vetoReasons],
          checkedAt: k.checkedAt,
        },
      });
    }
    case 'application.documents-reviewed':
      return createEvent(c.applicationReviewed, {
        ...base,
        data: {
          applicationId,
          conditions: e.findings.map((f) => ({ condition: f.condition, met: f.met })),
          result: e.result,
          reviewedAt: e.at,
          reviewedBy: e.by,
        },
      });
    case 'application.inspected':
      return createEvent(c.applicationInspected, {
        ...base,
        data: {
          applicationId,
          result: e.result,
          ...(e.findings === undefined ? {} : { findings: e.findings }),
          inspectors: [...e.inspectors],
          inspectedAt: e.at,
        },
      });
    case 'application.expert-review-started':
      return createEvent(c.applicationExpertReviewStarted, {
        ...base,
        data: { applicationId, experts: e.experts, startedAt: e.at },
      });
    case 'application.expert-review-completed':
      return createEvent(c.applicationExpertReviewCompleted, {
        ...base,
        data: {
          applicationId,
          conclusion: e.conclusion,
          pausedDays: e.pausedDays,
          decisionDueBy: e.decisionDueBy,
          completedAt: e.at,
        },
      });
    case 'application.decided': {
      const d = e.decision;
      return createEvent(c.applicationDecided, {
        ...base,
        data: {
          applicationId,
          decision: d.outcome === 'approved' ? 'granted' : 'refused',
          decisionNumber: d.number,
          ...(d.reasons === undefined ? {} : { reason: d.reasons }),
          ...(d.licenceId === undefined ? {} : { licenceId: d.licenceId }),
          decidedAt: d.decidedAt,
          decidedBy: d.decidedBy,
          ...(d.vetoReasons === undefined ? {} : { vetoReasons: [...d.vetoReasons] }),
          ...(d.appealInformation === undefined ? {} : { appealInformation: d.appealInformation }),
        },
      });
    }
    default:
      return assertNever(e);
  }
}

/** The public `permits.progress.recorded` of entry number `seq` of application `a`. */
export function progressContractEvent(
  p: ProgressEntry,
  seq: number,
  a: Application,
  id: string,
  causation?: Causation,
): CloudEvent {
  return createEvent(c.progressRecorded, {
    id,
    sequence: seq,
    region: a.region,
    enterprise: a.uscc,
    subject: a.id,
    time: p.recordedAt,
    ...causation,
    data: {
      applicationId: a.id,
      step: p.step,
      status: p.status,
      note: p.note,
      recordedAt: p.recordedAt,
      ...(p.nextDeadline === undefined ? {} : { nextDeadline: p.nextDeadline }),
    },
  });
}
