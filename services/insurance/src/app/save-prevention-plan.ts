// Files or revises the prevention plan of a policy (PUT: idempotent). The budget is at most
// the policy's cap — 21 % of the premium under its rule table (应急〔2025〕27号) — and not
// below what its visits already spent.
import { savePlan, spentOn } from '../db/prevention.js';
import type { Deps } from '../deps.js';
import type { Policy } from '../domain/policy.js';
import { decidePlan, type PlanItem, type PreventionPlan } from '../domain/prevention.js';
import { decided } from './decided.js';
import { loadPolicyLocked } from './load-policy-locked.js';

/** Saves the plan; returns it with what was spent so far. */
export async function savePreventionPlan(
  deps: Deps,
  policyId: string,
  req: { budgetFen: number; items: readonly PlanItem[] },
  authorize: (p: Policy) => void,
): Promise<{ plan: PreventionPlan; spentFen: number; policy: Policy }> {
  return deps.database.db.transaction(async (tx) => {
    const policy = await loadPolicyLocked(tx, policyId);
    authorize(policy);
    const spentFen = await spentOn(tx, policyId);
    const [plan] = decided(decidePlan(policy, { policyId, ...req }, spentFen));
    if (plan === undefined) throw new Error('no plan decided');
    await savePlan(tx, policy.insurer, plan, deps.clock.now());
    return { plan, spentFen, policy };
  });
}
