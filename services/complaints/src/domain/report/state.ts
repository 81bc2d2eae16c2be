import type { Industry } from '@yiwang/contracts';
import type {
  AccidentLevel,
  Attachment,
  Channel,
  DeclineReason,
  ExtensionReason,
  Outcome,
  Place,
  Scope,
  Status,
  UnsubstantiatedReason,
} from './types.js';

/** Result of verification (核查). */
export type Verification =
  | {
      readonly result: 'substantiated';
      readonly severity: 'general' | 'major';
      readonly findings: string;
      readonly fineFen: number;
      readonly concealedDeaths: number;
      readonly accidentLevel?: AccidentLevel | undefined;
      readonly alreadyKnown: boolean;
      readonly at: string;
      readonly by: string;
    }
  | {
      readonly result: 'unsubstantiated';
      readonly reasonCode: UnsubstantiatedReason;
      readonly findings: string;
      readonly at: string;
      readonly by: string;
    };

/** The reward track of a report. */
export type RewardState =
  | { readonly status: 'none' }
  | { readonly status: 'denied'; readonly reason: string; readonly at: string }
  | {
      readonly status: 'decided' | 'claimed' | 'forfeited';
      readonly rewardId: string;
      readonly amountFen: number;
      readonly basis: 'fine-percentage' | 'concealed-accident';
      readonly ruleVersion: string;
      readonly decidedAt: string;
      readonly claimDueBy: string;
      readonly settledAt?: string | undefined;
    };

/** The report aggregate: everything but the sealed identity and the reporter's own words. */
export interface Report {
  readonly id: string;
  readonly version: number;
  readonly status: Status;
  readonly channel: Channel;
  readonly scope: Scope;
  readonly place: Place;
  readonly enterprise: { readonly uscc?: string | undefined; readonly name?: string | undefined };
  readonly occurredOn?: string | undefined;
  readonly attachments: readonly Attachment[];
  readonly receivedAt: string;
  readonly receivedBy?: string | undefined;
  /** Whether the reporter gave a name (the vault holds who); needed by the reward rules. */
  readonly realName: boolean;
  /** Whether the reporter is an employee of the enterprise (local reward bonus). */
  readonly employee: boolean;
  readonly duplicateOf?: string | undefined;
  readonly industry?: Industry | undefined;
  readonly summaryCode?: string | undefined;
  /** Written by staff at triage; never the reporter's own words. */
  readonly staffSummary?: string | undefined;
  readonly declined?: {
    readonly reason: DeclineReason;
    readonly transferredTo?: string | undefined;
  };
  /** *local*: answer the reporter (accepted or not) by this date (5 working days). */
  readonly replyDueBy?: string | undefined;
  readonly acceptedAt?: string | undefined;
  readonly verifyDueBy?: string | undefined;
  /** *local*: conclude (feedback given) by this date: 30 days after acceptance, ≤ 90 approved. */
  readonly concludeDueBy?: string | undefined;
  readonly conclusionExtension?: {
    /** Days from acceptance to the new due date, at most the configured maximum (90). */
    readonly totalDays: number;
    readonly reason: string;
    readonly approvedBy: string;
    readonly at: string;
  };
  readonly extension?: {
    readonly days: number;
    readonly reasonCode: ExtensionReason;
    readonly reason: string;
    readonly approvedBy: string;
    readonly at: string;
  };
  readonly assignment?: {
    readonly unit: string;
    readonly assignee?: string | undefined;
    readonly at: string;
  };
  readonly verification?: Verification;
  readonly outcome?: {
    readonly kind: Outcome;
    readonly hazardId?: string | undefined;
    readonly penaltyCaseId?: string | undefined;
    readonly at: string;
  };
  readonly feedbackDueBy?: string | undefined;
  readonly feedbackSentAt?: string | undefined;
  readonly reward: RewardState;
  readonly closedAt?: string | undefined;
  /** Deadline notices already emitted: `<deadline>:<dueBy>:<due-soon|overdue>`. */
  readonly notices: readonly string[];
  /** Each status change with its time: the public timeline. */
  readonly timeline: readonly { readonly status: Status; readonly at: string }[];
}
