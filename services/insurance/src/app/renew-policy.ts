// Renews a policy (POST /v1/insurance/policies/{id}/renewals): the new term starts the day
// after the old one ends (no gap) and is arranged before that end (no late renewal,
// 应急〔2025〕27号); it is priced afresh under the rule table in force on its start. The old
// policy records who renewed it and later expires instead of lapsing. The new policy number
// is the idempotency key.
import { DomainError } from '@yiwang/service-kit';
import { findByNumber } from '../db/policies.js';
import type { Deps } from '../deps.js';
import { addDays } from '../domain/dates.js';
import { decideIssue, decidePolicy, type PolicyInput } from '../domain/decide-policy.js';
import type { Policy } from '../domain/policy.js';
import { assessCompliance } from './assess-compliance.js';
import { decided } from './decided.js';
import { loadPolicyLocked } from './load-policy-locked.js';
import { localDate } from './local-date.js';
import { quoteFor } from './quote-premium.js';
import { recordPolicyEvents } from './record-policy-events.js';

/** The new term; omitted cover fields are carried over from the old policy. */
export type RenewRequest = Pick<
  PolicyInput,
  'policyNumber' | 'basePremiumFen' | 'premiumFen' | 'endsOn'
> &
  Partial<Pick<PolicyInput, 'insuredEmployees' | 'sumInsuredPerPersonFen' | 'cover'>>;

/** Renews `id`; `authorize` checks the caller owns it. */
export async function renewPolicy(
  deps: Deps,
  id: string,
  req: RenewRequest,
  authorize: (p: Policy) => void,
): Promise<{ policy: Policy; created: boolean }> {
  return deps.database.db.transaction(async (tx) => {
    const old = await loadPolicyLocked(tx, id);
    authorize(old);
    const existing = await findByNumber(tx, old.insurer, req.policyNumber);
    if (existing !== undefined) {
      if (existing.previousPolicyId !== id) {
        throw new DomainError(
          'INSURANCE.POLICY_NUMBER_CONFLICT',
          `Policy number ${req.policyNumber} is taken.`,
        );
      }
      return { policy: existing, created: false };
    }
    const now = deps.clock.now();
    const at = now.toISOString();
    const today = localDate(now);
    const startsOn = addDays(old.endsOn, 1);
    const { quote, table, enterprise } = await quoteFor(tx, old.uscc, startsOn);
    const input: PolicyInput = {
      id: deps.ids.id('pol'),
      policyNumber: req.policyNumber,
      insurer: old.insurer,
      insurerName: old.insurerName,
      uscc: old.uscc,
      region: enterprise.region,
      industry: enterprise.industry,
      insuredEmployees: req.insuredEmployees ?? old.insuredEmployees,
      sumInsuredPerPersonFen: req.sumInsuredPerPersonFen ?? old.sumInsuredPerPersonFen,
      cover: req.cover ?? old.cover,
      basePremiumFen: req.basePremiumFen,
      premiumFen: req.premiumFen,
      startsOn,
      endsOn: req.endsOn,
    };
    const issued = decided(
      decideIssue(
        {
          at,
          today,
          input,
          quote,
          preventionMaxPercent: table.preventionMaxPercent,
          enterpriseOpen: enterprise.status === 'open',
          directoryEmployees: enterprise.employees ?? undefined,
          previous: old,
        },
        deps.rules.policy,
      ),
    );
    const arranged = decided(
      decidePolicy({ kind: 'arrange-renewal', at, today, renewalId: input.id }, old),
    );
    await recordPolicyEvents(deps, tx, old, arranged);
    const policy = await recordPolicyEvents(deps, tx, undefined, issued);
    await assessCompliance(deps, tx, old.uscc);
    return { policy, created: true };
  });
}
