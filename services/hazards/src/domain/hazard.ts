// The hazard case (隐患, 总局令第16号; DOMAIN.md "Hazards"): its state, its events and evolve.
// A general hazard goes found → rectifying → rectified → rechecked → closed; a major one goes
// identified → double-reported → plan-submitted (→ stop order, listing) → rectifying ⇄
// extension-requested → rectified → assessed → resumption-applied → closed | back to
// rectifying. Overdue is a flag per deadline, so it is raised exactly once per deadline.
import type { IsoDate } from '@yiwang/contracts';

export type HazardLevel = 'general' | 'major';
export type HazardSource =
  'self-check' | 'inspection' | 'grid' | 'complaint' | 'iot-alarm' | 'insurer-prevention';
export type StopScope = 'none' | 'partial' | 'full';

/** Every state of either flow. */
export type HazardStatus =
  | 'found'
  | 'identified'
  | 'double-reported'
  | 'plan-submitted'
  | 'rectifying'
  | 'extension-requested'
  | 'rectified'
  | 'rechecked'
  | 'assessed'
  | 'resumption-applied'
  | 'closed';

/** States in which the rectification deadline runs (the sweeper looks at these). */
export const DEADLINE_RUNNING: readonly HazardStatus[] = [
  'rectifying',
  'extension-requested',
  'identified',
  'double-reported',
  'plan-submitted',
];

/** The six required parts of a major hazard's plan (总局令第16号 art. 15). */
export const PLAN_PARTS = [
  'goalsAndTasks',
  'methodsAndMeasures',
  'fundsAndMaterials',
  'responsibleBodyAndPeople',
  'deadlineAndRequirements',
  'safetyAndEmergencyMeasures',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export interface Plan {
  readonly planId: string;
  readonly submittedAt: string;
  readonly plannedCompletion: IsoDate;
  readonly fundsFen: number;
  readonly parts: Readonly<Record<PlanPart, string>>;
}

export interface Listing {
  readonly authority: string;
  readonly authorityLevel: 'province' | 'city' | 'county';
  readonly documentNumber: string;
  readonly listedAt: string;
  readonly deadline: IsoDate;
  readonly noticeSummary: string;
}

export interface ExtensionRequest {
  readonly requestId: string;
  readonly requestedDeadline: IsoDate;
  readonly reason: string;
  readonly requestedAt: string;
  readonly decisionDueBy: IsoDate;
}

/** The state of one case. */
export interface Hazard {
  readonly id: string;
  readonly uscc: string;
  readonly region: string;
  readonly source: HazardSource;
  readonly sourceRef?: string;
  readonly category: string;
  readonly summary: string;
  readonly location?: string;
  readonly foundAt: string;
  /** Inspector or grid worker id, when not a self-check. */
  readonly foundBy?: string;
  readonly photos?: readonly string[];
  readonly status: HazardStatus;
  readonly level?: HazardLevel;
  readonly checklist?: { readonly standard: string; readonly itemId: string };
  readonly stopRequired?: StopScope;
  readonly deadline?: IsoDate;
  /** The deadline an overdue event was raised for (once per deadline). */
  readonly overdueFor?: IsoDate;
  /** The deadline a due-soon reminder was sent for (once per deadline). */
  readonly dueSoonFor?: IsoDate;
  /** Bureau deadlines missed on this case (extension decision, on-site review), once each. */
  readonly bureauMissed?: readonly BureauMiss[];
  /** Enforcement after a refused order (安全生产法 2021 art. 70, 112). */
  readonly enforcement?: Enforcement;
  /** The pending resumption application (its review is due by `reviewDueBy`). */
  readonly resumptionApplicationId?: string;
  readonly doubleReport?: { readonly toRegulatorAt: string; readonly toWorkersCongressAt: string };
  readonly plan?: Plan;
  readonly stopOrder?: { readonly scope: 'partial' | 'full'; readonly orderNumber: string };
  readonly listing?: Listing;
  readonly extension?: ExtensionRequest;
  readonly evidence?: readonly string[];
  readonly reviewDueBy?: IsoDate;
  readonly closedAt?: string;
  /** Later records about the same hazard (e.g. a grid worker's report on its task). */
  readonly links?: readonly HazardLink[];
  readonly version: number;
}

/** A bureau deadline the bureau missed (its duty, the request it concerns, when it was due). */
export interface BureauMiss {
  readonly duty: BureauDuty;
  readonly ref: string;
  readonly dueBy: IsoDate;
  readonly detectedAt: string;
}

/** Deadlines the bureau itself must keep on a major hazard (总局令第16号 art. 23, 24). */
export type BureauDuty = 'extension-decision' | 'resumption-review';

/** Enforcement measures imposed when the enterprise refuses an order. */
export type EnforcementMeasure =
  'stop-production' | 'daily-fine' | 'seal-equipment' | 'suspend-power-supply';

/** Enforcement on a case: in force from `orderedAt` until lifted. */
export interface Enforcement {
  readonly decisionNumber: string;
  readonly measures: readonly EnforcementMeasure[];
  readonly dailyFineFen?: number;
  readonly orderedAt: string;
  readonly orderedOn: IsoDate;
  readonly orderedBy: string;
  readonly reason: string;
  readonly liftedAt?: string;
  readonly liftedOn?: IsoDate;
  readonly liftReason?: string;
}

/** A record of another context linked to the case. */
export interface HazardLink {
  readonly source: HazardSource;
  readonly ref: string;
  readonly at: string;
}

/** What happened to a case (past tense; mapped to contract events in one place). */
export type HazardEvent =
  | {
      readonly type: 'hazard.reported';
      readonly at: string;
      readonly hazard: Omit<Hazard, 'status' | 'version'>;
    }
  | {
      readonly type: 'hazard.graded';
      readonly at: string;
      readonly by: string;
      readonly level: HazardLevel;
      readonly checklist?: { readonly standard: string; readonly itemId: string };
      readonly stopRequired: StopScope;
      readonly deadline: IsoDate;
    }
  | {
      readonly type: 'hazard.double-reported';
      readonly at: string;
      readonly toRegulatorAt: string;
      readonly toWorkersCongressAt: string;
    }
  | { readonly type: 'hazard.plan-submitted'; readonly at: string; readonly plan: Plan }
  | {
      readonly type: 'hazard.stop-ordered';
      readonly at: string;
      readonly by: string;
      readonly scope: 'partial' | 'full';
      readonly orderNumber: string;
      readonly reason: string;
    }
  | {
      readonly type: 'hazard.listed';
      readonly at: string;
      readonly by: string;
      readonly listing: Listing;
    }
  | {
      readonly type: 'hazard.rectification-started';
      readonly at: string;
      readonly deadline: IsoDate;
    }
  | {
      readonly type: 'hazard.extension-requested';
      readonly at: string;
      readonly request: ExtensionRequest;
      readonly currentDeadline: IsoDate;
      readonly workingDaysBeforeDeadline: number;
    }
  | {
      readonly type: 'hazard.extension-decided';
      readonly at: string;
      readonly by: string;
      readonly requestId: string;
      readonly decision: 'approved' | 'refused';
      readonly deadline: IsoDate;
      readonly reason?: string;
    }
  | {
      readonly type: 'hazard.rectified';
      readonly at: string;
      readonly evidence: readonly string[];
      readonly costFen?: number;
    }
  | {
      readonly type: 'hazard.reviewed';
      readonly at: string;
      readonly by: string;
      readonly kind: 'recheck' | 'resumption-review';
      readonly outcome: 'passed' | 'failed';
      readonly findings?: string;
      /** Back to rectifying with this deadline when failed. */
      readonly newDeadline?: IsoDate;
    }
  | {
      readonly type: 'hazard.assessed';
      readonly at: string;
      readonly assessor: 'enterprise' | 'agency';
      readonly agency?: string;
      readonly conclusion: 'eliminated' | 'not-eliminated';
      readonly reportId: string;
    }
  | {
      readonly type: 'hazard.resumption-applied';
      readonly at: string;
      readonly applicationId: string;
      readonly reviewDueBy: IsoDate;
    }
  | {
      readonly type: 'hazard.rejected';
      readonly at: string;
      readonly by: string;
      readonly reason: string;
      readonly newDeadline: IsoDate;
    }
  | {
      readonly type: 'hazard.closed';
      readonly at: string;
      readonly by: string;
      readonly documentNumber?: string;
    }
  | { readonly type: 'hazard.linked'; readonly at: string; readonly link: HazardLink }
  | {
      readonly type: 'hazard.overdue';
      readonly at: string;
      readonly deadline: IsoDate;
      readonly daysOverdue: number;
    }
  | SupervisionEvent;

/** Reminders, missed bureau deadlines and enforcement (decided in decide-supervision.ts). */
export type SupervisionEvent =
  | {
      readonly type: 'hazard.due-soon';
      readonly at: string;
      readonly deadline: IsoDate;
      readonly daysLeft: number;
    }
  | {
      readonly type: 'hazard.bureau-deadline-missed';
      readonly at: string;
      readonly miss: BureauMiss;
      readonly daysLate: number;
    }
  | {
      readonly type: 'hazard.enforcement-ordered';
      readonly at: string;
      readonly enforcement: Enforcement;
    }
  | {
      readonly type: 'hazard.enforcement-lifted';
      readonly at: string;
      readonly by: string;
      readonly liftedOn: IsoDate;
      readonly reason: string;
      readonly finedDays?: number;
      readonly totalFineFen?: number;
    };

/** Applies one event to the state (undefined before `hazard.reported`). */
export function evolve(state: Hazard | undefined, event: HazardEvent): Hazard {
  if (event.type === 'hazard.reported') return { ...event.hazard, status: 'found', version: 1 };
  if (state === undefined) throw new Error(`${event.type} before hazard.reported`);
  const next = apply(state, event);
  return { ...next, version: state.version + 1 };
}

function apply(s: Hazard, e: Exclude<HazardEvent, { type: 'hazard.reported' }>): Hazard {
  switch (e.type) {
    case 'hazard.graded':
      return {
        ...s,
        level: e.level,
        stopRequired: e.stopRequired,
        deadline: e.deadline,
        status: e.level === 'general' ? 'rectifying' : 'identified',
        ...(e.checklist === undefined ? {} : { checklist: e.checklist }),
      };
    case 'hazard.double-reported':
      return {
        ...s,
        status: 'double-reported',
        doubleReport: {
          toRegulatorAt: e.toRegulatorAt,
          toWorkersCongressAt: e.toWorkersCongressAt,
        },
      };
    case 'hazard.plan-submitted':
      return { ...s, status: 'plan-submitted', plan: e.plan };
    case 'hazard.stop-ordered':
      return { ...s, stopOrder: { scope: e.scope, orderNumber: e.orderNumber } };
    case 'hazard.listed':
      return { ...s, listing: e.listing, deadline: e.listing.deadline };
    case 'hazard.rectification-started':
      return { ...s, status: 'rectifying', deadline: e.deadline };
    case 'hazard.extension-requested':
      return { ...s, status: 'extension-requested', extension: e.request };
    case 'hazard.extension-decided': {
      const { extension: _done, ...rest } = s;
      return { ...rest, status: 'rectifying', deadline: e.deadline };
    }
    case 'hazard.rectified':
      return { ...s, status: 'rectified', evidence: e.evidence };
    case 'hazard.reviewed':
      if (e.outcome === 'passed') {
        return { ...s, status: e.kind === 'recheck' ? 'rechecked' : s.status };
      }
      return e.newDeadline === undefined
        ? s
        : { ...s, status: 'rectifying', deadline: e.newDeadline };
    case 'hazard.assessed':
      return { ...s, status: e.conclusion === 'eliminated' ? 'assessed' : 'rectifying' };
    case 'hazard.resumption-applied':
      return {
        ...s,
        status: 'resumption-applied',
        reviewDueBy: e.reviewDueBy,
        resumptionApplicationId: e.applicationId,
      };
    case 'hazard.rejected':
      return { ...s, status: 'rectifying', deadline: e.newDeadline };
    case 'hazard.closed':
      return { ...s, status: 'closed', closedAt: e.at };
    case 'hazard.overdue':
      return { ...s, overdueFor: e.deadline };
    case 'hazard.linked':
      return { ...s, links: [...(s.links ?? []), e.link] };
    case 'hazard.due-soon':
      return { ...s, dueSoonFor: e.deadline };
    case 'hazard.bureau-deadline-missed':
      return { ...s, bureauMissed: [...(s.bureauMissed ?? []), e.miss] };
    case 'hazard.enforcement-ordered':
      return { ...s, enforcement: e.enforcement };
    case 'hazard.enforcement-lifted':
      return s.enforcement === undefined
        ? s
        : {
            ...s,
            enforcement: {
              ...s.enforcement,
              liftedAt: e.at,
              liftedOn: e.liftedOn,
              liftReason: e.reason,
            },
          };
  }
}
