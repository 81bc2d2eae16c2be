// Insurers' prevention services (事故预防服务, 应急〔2025〕27号): a plan per policy whose budget
// is at most 21 % of the premium (the cap is fixed on the policy from its rule table), and
// visits whose costs stay within the plan; each finding of a visit becomes a hazard case in
// the hazards context.
import { accept, reject, type Decision } from './decision.js';
import { InsuranceCodes as C } from './errors.js';
import type { Policy } from './policy.js';

/** One planned service (training, inspection, emergency drill, …). */
export interface PlanItem {
  readonly kind: 'inspection' | 'training' | 'drill' | 'consulting' | 'other';
  readonly description: string;
  readonly plannedOn?: string;
}

/** The prevention plan of a policy. */
export interface PreventionPlan {
  readonly policyId: string;
  readonly budgetFen: number;
  readonly items: readonly PlanItem[];
}

/** A finding of a visit. */
export interface Finding {
  readonly id: string;
  readonly summary: string;
  readonly suggestedLevel: 'general' | 'major';
  readonly photos: readonly string[];
}

/** A visit as reported by the insurer. */
export interface Visit {
  readonly id: string;
  readonly visitNumber: string;
  readonly policyId: string;
  readonly visitedOn: string;
  readonly costFen: number;
  readonly engineer: string;
  readonly findings: readonly Finding[];
}

/** Checks a plan against the policy's cap and what its visits already spent. */
export function decidePlan(
  policy: Policy,
  plan: PreventionPlan,
  spentFen: number,
): Decision<PreventionPlan> {
  if (policy.status !== 'active') {
    return reject(C.illegalTransition, `The policy is ${policy.status}.`);
  }
  const cap = policy.pricing.preventionBudgetFen;
  if (plan.budgetFen > cap) {
    return reject(
      C.preventionBudgetExceeded,
      `The prevention budget is at most ${cap} fen (the cap share of ${policy.pricing.premiumFen}).`,
      {
        capFen: cap,
        budgetFen: plan.budgetFen,
      },
    );
  }
  if (plan.budgetFen < spentFen) {
    return reject(C.preventionBudgetExceeded, `Visits already spent ${spentFen} fen.`, {
      spentFen,
    });
  }
  return accept([plan]);
}

/** Checks a visit: a plan exists, the date lies in the period, the plan's budget holds. */
export function decideVisit(
  policy: Policy,
  plan: PreventionPlan | undefined,
  spentFen: number,
  visit: Visit,
  today: string,
): Decision<Visit> {
  if (plan === undefined) {
    return reject(C.preventionPlanRequired, 'File the prevention plan of the policy first.');
  }
  if (
    visit.visitedOn < policy.startsOn ||
    visit.visitedOn > policy.endsOn ||
    visit.visitedOn > today
  ) {
    return reject(
      C.dateOutsidePeriod,
      `A visit lies within ${policy.startsOn}…${policy.endsOn} and not in the future.`,
    );
  }
  if (spentFen + visit.costFen > plan.budgetFen) {
    return reject(
      C.preventionBudgetExceeded,
      `The plan's budget of ${plan.budgetFen} fen would be exceeded.`,
      {
        budgetFen: plan.budgetFen,
        spentFen,
      },
    );
  }
  return accept([visit]);
}
