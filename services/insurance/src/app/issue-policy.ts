// Issues a policy (POST /v1/insurance/policies): priced with the rule table in force on its
// start date and the enterprise's risk facts, checked by the domain, saved with its event,
// and the enterprise's compliance re-assessed in the same transaction. The insurer's policy
// number is the natural idempotency key: the same number again returns the stored policy.
import { DomainError } from '@yiwang/service-kit';
import { lockEnterprise } from '../db/locks.js';
import { findByNumber } from '../db/policies.js';
import type { Deps } from '../deps.js';
import { decideIssue, type PolicyInput } from '../domain/decide-policy.js';
import type { Policy } from '../domain/policy.js';
import { assessCompliance } from './assess-compliance.js';
import { decided } from './decided.js';
import { localDate } from './local-date.js';
import { quoteFor } from './quote-premium.js';
import { recordPolicyEvents } from './record-policy-events.js';

/** A new policy as the insurer sends it (region and industry come from the directory). */
export type IssueRequest = Omit<PolicyInput, 'id' | 'region' | 'industry'>;

/** Issues the policy; `authorize` checks the caller may insure in the enterprise's region. */
export async function issuePolicy(
  deps: Deps,
  req: IssueRequest,
  authorize: (region: string) => void,
): Promise<{ policy: Policy; created: boolean }> {
  return deps.database.db.transaction(async (tx) => {
    await lockEnterprise(tx, req.uscc);
    const existing = await findByNumber(tx, req.insurer, req.policyNumber);
    if (existing !== undefined) {
      if (existing.uscc !== req.uscc || existing.previousPolicyId !== undefined) {
        throw new DomainError(
          'INSURANCE.POLICY_NUMBER_CONFLICT',
          `Policy number ${req.policyNumber} is taken.`,
        );
      }
      return { policy: existing, created: false };
    }
    const { quote, table, enterprise } = await quoteFor(tx, req.uscc, req.startsOn);
    authorize(enterprise.region);
    const now = deps.clock.now();
    const events = decided(
      decideIssue(
        {
          at: now.toISOString(),
          today: localDate(now),
          input: {
            ...req,
            id: deps.ids.id('pol'),
            region: enterprise.region,
            industry: enterprise.industry,
          },
          quote,
          preventionMaxPercent: table.preventionMaxPercent,
          enterpriseOpen: enterprise.status === 'open',
          directoryEmployees: enterprise.employees ?? undefined,
        },
        deps.rules.policy,
      ),
    );
    const policy = await recordPolicyEvents(deps, tx, undefined, events);
    await assessCompliance(deps, tx, req.uscc);
    return { policy, created: true };
  });
}
