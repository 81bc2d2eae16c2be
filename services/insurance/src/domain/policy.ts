// The policy aggregate (安全生产责任保险, 应急〔2025〕27号): one enterprise, one insurer, one
// period, every employee at the same sum insured, a floating premium priced by one version of
// the rule table. Its events and how they evolve the state.
import { assertNever } from './decision.js';
import type { Quote } from './premium.js';

/** Where a policy stands. `expired` ended after a renewal took over; `lapsed` ended without. */
export type PolicyStatus = 'active' | 'lapsed' | 'cancelled' | 'expired';

/** Optional covers beyond death/disability (third parties, rescue, medical, legal costs). */
export interface ExtraCover {
  readonly thirdPartyFen?: number;
  readonly rescueFen?: number;
  readonly medicalFen?: number;
  readonly legalCostsFen?: number;
}

/** How the premium was priced, kept with the policy for its whole life. */
export interface Pricing {
  readonly basePremiumFen: number;
  readonly quote: Quote;
  readonly premiumFen: number;
  /** The prevention budget cap (≤ 21 % of the premium, from the same rule table). */
  readonly preventionBudgetFen: number;
}

/** A policy. */
export interface Policy {
  readonly id: string;
  readonly policyNumber: string;
  readonly insurer: string;
  readonly insurerName: string;
  readonly uscc: string;
  readonly region: string;
  readonly industry: string;
  readonly insuredEmployees: number;
  readonly sumInsuredPerPersonFen: number;
  readonly cover: ExtraCover;
  readonly pricing: Pricing;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly previousPolicyId?: string;
  readonly renewedBy?: string;
  readonly status: PolicyStatus;
  readonly issuedAt: string;
  readonly endedAt?: string;
  readonly cancellation?: { readonly reason: CancelReason; readonly effectiveOn: string };
  readonly version: number;
}

/** Why a policy was cancelled (catalog `policy.cancelled`). */
export type CancelReason = 'enterprise-closed' | 'insurer-terminated' | 'other';

/** What happened to a policy. */
export type PolicyEvent =
  | { readonly type: 'policy.issued'; readonly at: string; readonly policy: Policy }
  | { readonly type: 'policy.renewed'; readonly at: string; readonly policy: Policy }
  | { readonly type: 'policy.renewal-arranged'; readonly at: string; readonly renewalId: string }
  | { readonly type: 'policy.lapsed'; readonly at: string }
  | { readonly type: 'policy.expired'; readonly at: string }
  | {
      readonly type: 'policy.cancelled';
      readonly at: string;
      readonly reason: CancelReason;
      readonly effectiveOn: string;
    };

/** The state after `event`. */
export function evolve(state: Policy | undefined, event: PolicyEvent): Policy {
  if (event.type === 'policy.issued' || event.type === 'policy.renewed') return event.policy;
  if (state === undefined) throw new Error(`${event.type} before the policy exists`);
  const next = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'policy.renewal-arranged':
      return { ...next, renewedBy: event.renewalId };
    case 'policy.lapsed':
      return { ...next, status: 'lapsed', endedAt: event.at };
    case 'policy.expired':
      return { ...next, status: 'expired', endedAt: event.at };
    case 'policy.cancelled':
      return {
        ...next,
        status: 'cancelled',
        endedAt: event.at,
        cancellation: { reason: event.reason, effectiveOn: event.effectiveOn },
      };
    default:
      return assertNever(event);
  }
}

/** Whether the policy insures the enterprise on `today` or later (a renewal bought ahead counts). */
export function coversFrom(p: Policy, today: string): boolean {
  return p.status === 'active' && p.endsOn >= today;
}
