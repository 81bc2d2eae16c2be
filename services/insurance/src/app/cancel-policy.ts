// Cancels a policy before its end (POST /v1/insurance/policies/{id}/cancellation): allowed
// only when the directory says the enterprise closed (应急〔2025〕27号: no cancellation unless
// the enterprise closes). Compliance is re-assessed in the same transaction.
import { findEnterprise } from '../db/enterprises.js';
import type { Deps } from '../deps.js';
import { decidePolicy } from '../domain/decide-policy.js';
import type { CancelReason, Policy } from '../domain/policy.js';
import { assessCompliance } from './assess-compliance.js';
import { decided } from './decided.js';
import { loadPolicyLocked } from './load-policy-locked.js';
import { localDate } from './local-date.js';
import { recordPolicyEvents } from './record-policy-events.js';

/** Cancels `id`; `authorize` checks the caller owns it. */
export async function cancelPolicy(
  deps: Deps,
  id: string,
  req: { reason: CancelReason; effectiveOn?: string | undefined },
  authorize: (p: Policy) => void,
): Promise<Policy> {
  return deps.database.db.transaction(async (tx) => {
    const policy = await loadPolicyLocked(tx, id);
    authorize(policy);
    const enterprise = await findEnterprise(tx, policy.uscc);
    const now = deps.clock.now();
    const events = decided(
      decidePolicy(
        {
          kind: 'cancel',
          at: now.toISOString(),
          reason: req.reason,
          effectiveOn: req.effectiveOn ?? localDate(now),
          enterpriseClosed: enterprise?.status === 'closed',
        },
        policy,
      ),
    );
    const cancelled = await recordPolicyEvents(deps, tx, policy, events);
    await assessCompliance(deps, tx, policy.uscc);
    return cancelled;
  });
}
