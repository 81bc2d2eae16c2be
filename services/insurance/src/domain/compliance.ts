// Compliance with mandatory insurance (应急〔2025〕27号; DOMAIN.md "Insurance"): a high-risk
// enterprise (one of the eight industries, per the directory) that is open and has no policy
// in force is non-compliant — a violation case and a permit blocker. The state is kept per
// enterprise; a violation opens a case that a policy restores, or that ends when the enterprise
// closes or stops being high-risk.
import { accept, assertNever, type Decision } from './decision.js';

/** Where an enterprise stands. */
export type ComplianceStatus = 'compliant' | 'non-compliant' | 'not-required';

/** Why an enterprise is non-compliant (catalog `compliance.violated` reasons). */
export type ViolationReason = 'no-policy' | 'policy-lapsed';

/** The compliance record of one enterprise. */
export interface Compliance {
  readonly uscc: string;
  readonly region: string;
  readonly industry: string;
  readonly status: ComplianceStatus;
  /** The open (or last) violation case. */
  readonly caseId?: string;
  readonly reason?: ViolationReason;
  readonly policyId?: string;
  readonly since: string;
  readonly version: number;
}

/** What the projections say now. */
export interface ComplianceFacts {
  readonly uscc: string;
  readonly region: string;
  readonly industry: string;
  readonly highRisk: boolean;
  readonly open: boolean;
  /** A policy in force today or bought ahead, if any. */
  readonly activePolicyId?: string | undefined;
  /** The enterprise had a policy that lapsed or was cancelled. */
  readonly hadPolicy: boolean;
}

/** Changes of the record. */
export type ComplianceEvent =
  | {
      readonly type: 'compliance.violated';
      readonly at: string;
      readonly caseId: string;
      readonly reason: ViolationReason;
    }
  | { readonly type: 'compliance.restored'; readonly at: string; readonly policyId: string }
  | {
      readonly type: 'compliance.ended';
      readonly at: string;
      readonly reason: 'enterprise-closed' | 'not-high-risk';
    }
  /** Assessed without a flip (first assessment, or another policy took over): no event out. */
  | {
      readonly type: 'compliance.assessed';
      readonly at: string;
      readonly status: 'compliant' | 'not-required';
      readonly policyId?: string;
    };

/** Re-assesses `facts` against the record; `newCaseId` names a violation opened now. */
export function decideCompliance(
  facts: ComplianceFacts,
  state: Compliance | undefined,
  at: string,
  newCaseId: string,
): Decision<ComplianceEvent> {
  const violated = state?.status === 'non-compliant';
  if (!facts.highRisk || !facts.open) {
    if (violated) {
      return accept([
        {
          type: 'compliance.ended',
          at,
          reason: facts.open ? 'not-high-risk' : 'enterprise-closed',
        },
      ]);
    }
    return state?.status === 'not-required'
      ? accept([])
      : accept([{ type: 'compliance.assessed', at, status: 'not-required' }]);
  }
  const policyId = facts.activePolicyId;
  if (policyId === undefined) {
    if (violated) return accept([]);
    const reason = facts.hadPolicy ? 'policy-lapsed' : 'no-policy';
    return accept([{ type: 'compliance.violated', at, caseId: newCaseId, reason }]);
  }
  if (violated) return accept([{ type: 'compliance.restored', at, policyId }]);
  if (state?.status === 'compliant' && state.policyId === policyId) return accept([]);
  return accept([{ type: 'compliance.assessed', at, status: 'compliant', policyId }]);
}

/** The record after `event` (facts give region and industry as the directory has them now). */
export function evolveCompliance(
  state: Compliance | undefined,
  facts: Pick<ComplianceFacts, 'uscc' | 'region' | 'industry'>,
  event: ComplianceEvent,
): Compliance {
  const base = {
    uscc: facts.uscc,
    region: facts.region,
    industry: facts.industry,
    since: event.at,
    version: (state?.version ?? 0) + 1,
    ...(state?.caseId === undefined ? {} : { caseId: state.caseId }),
  };
  switch (event.type) {
    case 'compliance.violated':
      return { ...base, status: 'non-compliant', caseId: event.caseId, reason: event.reason };
    case 'compliance.restored':
      return { ...base, status: 'compliant', policyId: event.policyId };
    case 'compliance.ended':
      return { ...base, status: 'not-required' };
    case 'compliance.assessed':
      return {
        ...base,
        since: state?.status === event.status ? state.since : event.at,
        status: event.status,
        ...(event.policyId === undefined ? {} : { policyId: event.policyId }),
      };
    default:
      return assertNever(event);
  }
}
