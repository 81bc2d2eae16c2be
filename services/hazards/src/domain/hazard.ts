// The hazard case (隐患, 总局令第16号; DOMAIN.md "Hazards"): its state, its events and evolve.
// A general hazard goes found → rectifying → rectified → rechecked → closed; a major one goes
// identified → double-reported → plan-submitted (→ stop order, listing) → rectifying ⇄
// extension-requested → rectified → assessed → resumption-applied → closed | back to
// rectifying. Overdue is a flag per deadline, so it is raised exactly once per deadline.
import type { IsoDate } from '@yiwang/contracts';
import type { BureauMiss, Enforcement, SupervisionEvent } from './supervision.js';

export type {
  BureauDuty,
  BureauMiss,
  Enforcement,
  EnforcementMeasure,
  SupervisionEvent,
} from './supervision.js';

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

export { evolve } from './evolve-hazard.js';
