// Commands on a hazard case. Time comes in with every command: `at` (an instant) and `today`
// (the local calendar date of `at`); ids come in too (STYLE.md rule 1).
import type { IsoDate } from '@yiwang/contracts';
import type {
  EnforcementMeasure,
  Hazard,
  HazardLevel,
  HazardSource,
  PlanPart,
  StopScope,
} from './hazard.js';

interface Base {
  readonly at: string;
  readonly today: IsoDate;
  /** Who acts: a user id, or the service for events and the sweeper. */
  readonly by: string;
}

export type HazardCommand =
  | (Base & {
      readonly kind: 'report';
      readonly hazard: Omit<Hazard, 'status' | 'version'>;
    })
  | (Base & {
      readonly kind: 'grade';
      readonly level: HazardLevel;
      readonly checklist?: { readonly standard: string; readonly itemId: string };
      readonly stopRequired: StopScope;
      /** Rectification deadline; a general hazard defaults to today + 7 days. */
      readonly deadline?: IsoDate;
    })
  | (Base & {
      readonly kind: 'double-report';
      readonly toRegulatorAt: string;
      readonly toWorkersCongressAt: string;
    })
  | (Base & {
      readonly kind: 'submit-plan';
      readonly planId: string;
      readonly plannedCompletion: IsoDate;
      readonly fundsFen: number;
      readonly parts: Readonly<Partial<Record<PlanPart, string>>>;
    })
  | (Base & {
      readonly kind: 'order-stop';
      readonly scope: 'partial' | 'full';
      readonly orderNumber: string;
      readonly reason: string;
    })
  | (Base & {
      readonly kind: 'list';
      readonly authority: string;
      readonly authorityLevel: 'province' | 'city' | 'county';
      readonly documentNumber: string;
      readonly deadline: IsoDate;
      readonly noticeSummary: string;
    })
  | (Base & { readonly kind: 'start-rectification' })
  | (Base & {
      readonly kind: 'request-extension';
      readonly requestId: string;
      readonly requestedDeadline: IsoDate;
      readonly reason: string;
    })
  | (Base & {
      readonly kind: 'decide-extension';
      readonly decision: 'approved' | 'refused';
      readonly reason?: string;
    })
  | (Base & {
      readonly kind: 'rectify';
      readonly evidence: readonly string[];
      readonly costFen?: number;
    })
  | (Base & {
      readonly kind: 'recheck';
      readonly outcome: 'passed' | 'failed';
      readonly findings?: string;
      readonly newDeadline?: IsoDate;
    })
  | (Base & {
      readonly kind: 'assess';
      readonly assessor: 'enterprise' | 'agency';
      readonly agency?: string;
      readonly conclusion: 'eliminated' | 'not-eliminated';
      readonly reportId: string;
    })
  | (Base & { readonly kind: 'apply-resumption'; readonly applicationId: string })
  | (Base & {
      readonly kind: 'review';
      readonly outcome: 'passed' | 'failed';
      readonly findings?: string;
      /** Closing document number (核销) when passed; a new deadline when failed. */
      readonly documentNumber?: string;
      readonly newDeadline?: IsoDate;
    })
  | (Base & { readonly kind: 'close' })
  | (Base & { readonly kind: 'mark-overdue' })
  | (Base & {
      readonly kind: 'link';
      readonly source: HazardSource;
      readonly ref: string;
    })
  | SupervisionCommand;

/** The sweeper's reminders and bureau-deadline flags, and enforcement after a refused order. */
export type SupervisionCommand =
  | (Base & { readonly kind: 'remind-due-soon' })
  | (Base & { readonly kind: 'flag-bureau-deadline' })
  | (Base & {
      readonly kind: 'order-enforcement';
      readonly measures: readonly EnforcementMeasure[];
      readonly decisionNumber: string;
      readonly dailyFineFen?: number;
      /** The order the enterprise refused. */
      readonly reason: string;
    })
  | (Base & { readonly kind: 'lift-enforcement'; readonly reason: string });

/** The kind of a command. */
export type HazardCommandKind = HazardCommand['kind'];
