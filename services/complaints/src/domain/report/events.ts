// Domain events of a report: past-tense facts (STYLE.md rule 3). They are mapped to contract
// events in exactly one place (src/events/to-contract-events.ts); some stay internal.
import type { Industry } from '@yiwang/contracts';
import type { Report, Verification } from './state.js';
import type { DeadlineKind, DeclineReason, ExtensionReason, Outcome, Scope } from './types.js';

/** Who did it and when; every event carries it. */
export interface Stamp {
  readonly at: string;
  readonly by: string;
}

export type ReportEvent =
  | { readonly type: 'report.received'; readonly report: Report }
  | ({
      readonly type: 'report.triaged';
      readonly scope: Scope;
      readonly summaryCode: string;
      readonly industry?: Industry | undefined;
      readonly staffSummary?: string | undefined;
      readonly duplicateOf?: string | undefined;
    } & Stamp)
  | ({
      readonly type: 'report.not-accepted';
      readonly reason: DeclineReason;
      readonly transferredTo?: string | undefined;
    } & Stamp)
  | ({
      readonly type: 'report.accepted';
      readonly verifyDueBy: string;
      readonly concludeDueBy: string;
    } & Stamp)
  | ({
      readonly type: 'report.conclusion-extended';
      readonly totalDays: number;
      readonly reason: string;
      readonly concludeDueBy: string;
    } & Stamp)
  | ({
      readonly type: 'report.assigned';
      readonly unit: string;
      readonly assignee?: string | undefined;
    } & Stamp)
  | ({
      readonly type: 'report.verification-extended';
      readonly days: number;
      readonly reasonCode: ExtensionReason;
      readonly reason: string;
      readonly verifyDueBy: string;
    } & Stamp)
  | ({
      readonly type: 'report.verified';
      readonly verification: Verification;
      readonly enterpriseUscc?: string | undefined;
      /** Set when the feedback clock starts now (unsubstantiated reports). */
      readonly feedbackDueBy?: string | undefined;
    } & Stamp)
  | ({
      readonly type: 'report.handled';
      readonly outcome: Outcome;
      readonly hazardId?: string | undefined;
      readonly penaltyCaseId?: string | undefined;
      readonly feedbackDueBy: string;
    } & Stamp)
  | ({
      readonly type: 'report.feedback-sent';
      readonly dueBy: string;
      readonly onTime: boolean;
    } & Stamp)
  | ({
      readonly type: 'reward.decided';
      readonly rewardId: string;
      readonly basis: 'fine-percentage' | 'concealed-accident';
      readonly amountFen: number;
      readonly ruleVersion: string;
      readonly claimDueBy: string;
    } & Stamp)
  | ({ readonly type: 'reward.denied'; readonly reason: string } & Stamp)
  | ({ readonly type: 'reward.claimed' } & Stamp)
  | ({
      readonly type: 'reward.forfeited';
      readonly reason: 'not-claimed-in-time' | 'declined';
    } & Stamp)
  | ({ readonly type: 'report.closed'; readonly withinDeadline: boolean } & Stamp)
  | ({
      readonly type: 'report.due-soon';
      readonly deadline: DeadlineKind;
      readonly dueBy: string;
      readonly daysLeft: number;
    } & Stamp)
  | ({
      readonly type: 'report.overdue';
      readonly deadline: DeadlineKind;
      readonly dueBy: string;
    } & Stamp);

/** The event of a given type. */
export type EventOf<T extends ReportEvent['type']> = Extract<ReportEvent, { type: T }>;
