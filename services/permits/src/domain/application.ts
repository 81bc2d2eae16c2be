// The licence application (DOMAIN.md "Permits"; 行政许可法; 总局令第55号): its state, its
// events and evolve. draft → submitted → (needs-supplement → submitted) → accepted (the
// statutory clock starts) → credit-checked (a listing vetoes) → document-reviewed (13
// conditions) → inspected (≥ 2 inspectors) ⇄ expert review (clock paused) → approved →
// licence-issued | refused. A renewal whose term had no fatal accident skips review and
// inspection (安全生产许可证条例 art. 9).
import type { IsoDate } from '@yiwang/contracts';
import type { ApplicationKind, Condition, LicenceType, Stage } from './conditions.js';
import type { Limit } from './rules.js';

export type ApplicationStatus =
  | 'draft'
  | 'submitted'
  | 'needs-supplement'
  | 'accepted'
  | 'credit-checked'
  | 'document-reviewed'
  | 'expert-review'
  | 'expert-reviewed'
  | 'inspected'
  | 'refused'
  | 'licence-issued';

/** Why a decision may not be taken, or a veto. */
export type VetoReason = 'credit-listed' | 'insurance-missing' | 'overdue-major-hazard';

/** What the local projections say about the holder when a check runs. */
export interface HolderFacts {
  readonly listed: boolean;
  readonly listingIds: readonly string[];
  readonly insuranceRequired: boolean;
  readonly insuranceActive: boolean;
  readonly overdueMajorHazards: number;
}

export interface CreditCheck extends HolderFacts {
  readonly result: 'clear' | 'veto';
  readonly vetoReasons: readonly VetoReason[];
  readonly checkedAt: string;
  readonly checkedBy: string;
}

export interface ConditionFinding {
  readonly condition: Condition;
  readonly met: boolean;
  readonly evidence: readonly string[];
  readonly note?: string;
}

export interface Decision {
  readonly outcome: 'approved' | 'refused';
  readonly number: string;
  readonly reasons?: string;
  readonly appealInformation?: string;
  readonly vetoReasons?: readonly VetoReason[];
  /** The licence an approval issued or renewed. */
  readonly licenceId?: string;
  readonly decidedAt: string;
  readonly decidedBy: string;
}

export interface IssuedLicence {
  readonly licenceId: string;
  readonly licenceNumber: string;
  readonly validFrom: IsoDate;
  readonly validUntil: IsoDate;
  readonly renewal: boolean;
}

/** A staff note: never shown to the public or the applicant. */
export interface InternalNote {
  readonly at: string;
  readonly by: string;
  readonly text: string;
}

/** The state of one application. */
export interface Application {
  readonly id: string;
  /** Public application number: the tracking key (最多跑一次). */
  readonly number: string;
  readonly uscc: string;
  readonly region: string;
  readonly enterpriseName: string;
  readonly industry: string;
  readonly highRisk: boolean;
  readonly licenceType: LicenceType;
  readonly stage?: Stage;
  readonly kind: ApplicationKind;
  readonly previousLicenceId?: string;
  readonly scope: string;
  readonly projectName?: string;
  /** Document ids the applicant attached, per condition. */
  readonly evidence: Readonly<Partial<Record<Condition, readonly string[]>>>;
  readonly status: ApplicationStatus;
  readonly createdAt: string;
  readonly submittedAt?: string;
  /** The local date the (last) documents were received: a deemed acceptance dates from it. */
  readonly receivedOn?: IsoDate;
  /** Defects must be told by this date, or the application is deemed accepted. */
  readonly noticeDueBy?: IsoDate;
  readonly supplement?: {
    readonly missing: readonly Condition[];
    readonly details: string;
    readonly noticeNumber: string;
    readonly requestedAt: string;
    readonly dueBy: IsoDate;
    readonly providedAt?: string;
  };
  readonly acceptedAt?: string;
  readonly deemedAccepted?: boolean;
  readonly limit?: Limit;
  readonly decisionDueBy?: IsoDate;
  readonly reviewWaived?: boolean;
  readonly creditCheck?: CreditCheck;
  readonly review?: {
    readonly findings: readonly ConditionFinding[];
    readonly result: 'pass' | 'fail';
    readonly reviewedAt: string;
    readonly reviewedBy: string;
  };
  readonly inspection?: {
    readonly inspectors: readonly string[];
    readonly result: 'pass' | 'fail' | 'rectify';
    readonly findings?: string;
    readonly inspectedAt: string;
  };
  readonly expertReview?: {
    readonly experts: number;
    readonly startedAt: string;
    readonly startedOn: IsoDate;
    readonly conclusion?: 'pass' | 'fail';
    readonly pausedDays?: number;
    readonly completedAt?: string;
  };
  readonly decision?: Decision;
  readonly licence?: IssuedLicence;
  readonly notes: readonly InternalNote[];
  readonly version: number;
}

/** A new application as drafted (status, evidence, notes and version are ours). */
export type Draft = Omit<Application, 'status' | 'version' | 'notes' | 'evidence'> & {
  readonly evidence?: Application['evidence'];
};

/** What happened to an application (past tense; mapped to contract events in one place). */
export type ApplicationEvent =
  | { readonly type: 'application.drafted'; readonly at: string; readonly draft: Draft }
  | {
      readonly type: 'application.evidence-attached';
      readonly at: string;
      readonly condition: Condition;
      readonly documents: readonly string[];
    }
  | {
      readonly type: 'application.submitted';
      readonly at: string;
      readonly on: IsoDate;
      readonly noticeDueBy: IsoDate;
    }
  | {
      readonly type: 'application.supplement-requested';
      readonly at: string;
      readonly by: string;
      readonly missing: readonly Condition[];
      readonly details: string;
      readonly noticeNumber: string;
      readonly dueBy: IsoDate;
    }
  | {
      readonly type: 'application.supplement-provided';
      readonly at: string;
      readonly on: IsoDate;
      readonly noticeDueBy: IsoDate;
    }
  | {
      readonly type: 'application.accepted';
      readonly at: string;
      readonly by: string;
      readonly limit: Limit;
      readonly decisionDueBy: IsoDate;
      readonly deemed: boolean;
      readonly reviewWaived: boolean;
    }
  | {
      readonly type: 'application.credit-checked';
      readonly at: string;
      readonly check: CreditCheck;
    }
  | {
      readonly type: 'application.documents-reviewed';
      readonly at: string;
      readonly by: string;
      readonly findings: readonly ConditionFinding[];
      readonly result: 'pass' | 'fail';
    }
  | {
      readonly type: 'application.inspected';
      readonly at: string;
      readonly inspectors: readonly string[];
      readonly result: 'pass' | 'fail' | 'rectify';
      readonly findings?: string;
    }
  | {
      readonly type: 'application.expert-review-started';
      readonly at: string;
      readonly on: IsoDate;
      readonly experts: number;
    }
  | {
      readonly type: 'application.expert-review-completed';
      readonly at: string;
      readonly conclusion: 'pass' | 'fail';
      readonly pausedDays: number;
      readonly decisionDueBy: IsoDate;
    }
  | { readonly type: 'application.decided'; readonly at: string; readonly decision: Decision }
  | {
      readonly type: 'application.licence-issued';
      readonly at: string;
      readonly licence: IssuedLicence;
    }
  | { readonly type: 'application.note-added'; readonly at: string; readonly note: InternalNote };

/** Applies one event to the state (undefined before `application.drafted`). */
export function evolve(state: Application | undefined, event: ApplicationEvent): Application {
  if (event.type === 'application.drafted') {
    return { evidence: {}, ...event.draft, status: 'draft', notes: [], version: 1 };
  }
  if (state === undefined) throw new Error(`${event.type} before application.drafted`);
  return { ...apply(state, event), version: state.version + 1 };
}

function apply(
  s: Application,
  e: Exclude<ApplicationEvent, { type: 'application.drafted' }>,
): Application {
  switch (e.type) {
    case 'application.evidence-attached':
      return { ...s, evidence: { ...s.evidence, [e.condition]: e.documents } };
    case 'application.submitted':
      return {
        ...s,
        status: 'submitted',
        submittedAt: e.at,
        receivedOn: e.on,
        noticeDueBy: e.noticeDueBy,
      };
    case 'application.supplement-requested':
      return {
        ...s,
        status: 'needs-supplement',
        supplement: {
          missing: e.missing,
          details: e.details,
          noticeNumber: e.noticeNumber,
          requestedAt: e.at,
          dueBy: e.dueBy,
        },
      };
    case 'application.supplement-provided':
      return {
        ...s,
        status: 'submitted',
        receivedOn: e.on,
        noticeDueBy: e.noticeDueBy,
        ...(s.supplement === undefined
          ? {}
          : { supplement: { ...s.supplement, providedAt: e.at } }),
      };
    case 'application.accepted':
      return {
        ...s,
        status: 'accepted',
        acceptedAt: e.at,
        deemedAccepted: e.deemed,
        limit: e.limit,
        decisionDueBy: e.decisionDueBy,
        reviewWaived: e.reviewWaived,
      };
    case 'application.credit-checked':
      return { ...s, status: 'credit-checked', creditCheck: e.check };
    case 'application.documents-reviewed':
      return {
        ...s,
        status: 'document-reviewed',
        review: { findings: e.findings, result: e.result, reviewedAt: e.at, reviewedBy: e.by },
      };
    case 'application.inspected':
      return {
        ...s,
        status: 'inspected',
        inspection: {
          inspectors: e.inspectors,
          result: e.result,
          inspectedAt: e.at,
          ...(e.findings === undefined ? {} : { findings: e.findings }),
        },
      };
    case 'application.expert-review-started':
      return {
        ...s,
        status: 'expert-review',
        expertReview: { experts: e.experts, startedAt: e.at, startedOn: e.on },
      };
    case 'application.expert-review-completed':
      return {
        ...s,
        status: 'expert-reviewed',
        decisionDueBy: e.decisionDueBy,
        ...(s.expertReview === undefined
          ? {}
          : {
              expertReview: {
                ...s.expertReview,
                conclusion: e.conclusion,
                pausedDays: e.pausedDays,
                completedAt: e.at,
              },
            }),
      };
    case 'application.decided':
      return {
        ...s,
        status: e.decision.outcome === 'refused' ? 'refused' : s.status,
        decision: e.decision,
      };
    case 'application.licence-issued':
      return { ...s, status: 'licence-issued', licence: e.licence };
    case 'application.note-added':
      return { ...s, notes: [...s.notes, e.note] };
  }
}
