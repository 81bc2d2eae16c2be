import type { Industry } from '@yiwang/contracts';
import type { RewardRuleSet } from '../rewards/rule-sets.js';
import type {
  AccidentLevel,
  DeclineReason,
  ExtensionReason,
  Outcome,
  Scope,
  UnsubstantiatedReason,
} from './types.js';

/** Everything staff (or the scheduler) can ask of a report. */
export type ReportCommand =
  | {
      readonly type: 'triage';
      readonly scope: Scope;
      readonly summaryCode: string;
      readonly industry?: Industry | undefined;
      readonly staffSummary?: string | undefined;
      /** The first report of the same matter, found by the use case. */
      readonly duplicateOf?: string | undefined;
    }
  | { readonly type: 'accept' }
  | {
      readonly type: 'decline';
      readonly reason: DeclineReason;
      readonly transferredTo?: string | undefined;
    }
  | { readonly type: 'assign'; readonly unit: string; readonly assignee?: string | undefined }
  | {
      readonly type: 'extend-verification';
      readonly days: number;
      readonly reasonCode: ExtensionReason;
      readonly reason: string;
    }
  | {
      readonly type: 'extend-conclusion';
      /** Days from acceptance to the new due date (> the local limit, ≤ its maximum). */
      readonly totalDays: number;
      readonly reason: string;
    }
  | {
      readonly type: 'verify-substantiated';
      readonly severity: 'general' | 'major';
      readonly findings: string;
      readonly fineFen: number;
      readonly concealedDeaths: number;
      readonly accidentLevel?: AccidentLevel | undefined;
      readonly alreadyKnown: boolean;
      readonly enterpriseUscc?: string | undefined;
    }
  | {
      readonly type: 'verify-unsubstantiated';
      readonly reasonCode: UnsubstantiatedReason;
      readonly findings: string;
    }
  | {
      readonly type: 'record-outcome';
      readonly outcome: Outcome;
      readonly hazardId?: string | undefined;
      readonly penaltyCaseId?: string | undefined;
    }
  | { readonly type: 'send-feedback' }
  | {
      readonly type: 'decide-reward';
      readonly rewardId: string;
      readonly rules: RewardRuleSet;
      readonly employeeBonusEnabled: boolean;
      readonly earlierValidReports: number;
    }
  | { readonly type: 'claim-reward' }
  | { readonly type: 'forfeit-reward'; readonly reason: 'not-claimed-in-time' | 'declined' }
  | { readonly type: 'close' }
  | { readonly type: 'scan-deadlines' };
