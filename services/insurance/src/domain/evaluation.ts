// The annual evaluation of an insurer's prevention services (应急〔2025〕27号 asks insurers to
// provide them, spending at most 21 % of the premium): what it insured in the year, what it
// planned and spent on prevention, how many insured enterprises it visited, what it found.
import type { Claim } from './claim.js';
import type { Policy } from './policy.js';
import type { PreventionPlan, Visit } from './prevention.js';

/** One insurer's year. */
export interface Evaluation {
  readonly insurer: string;
  readonly year: number;
  readonly policies: number;
  readonly premiumFen: number;
  readonly preventionBudgetCapFen: number;
  readonly plannedFen: number;
  readonly spentFen: number;
  /** Spent as a share of the premium, in basis points (1/100 %). */
  readonly spentShareBasisPoints: number;
  readonly policiesWithPlan: number;
  readonly policiesVisited: number;
  readonly visits: number;
  readonly findings: number;
  readonly claims: number;
  readonly claimsPaidFen: number;
}

/** Evaluates `insurer` for `year` from its policies and their plans, visits and claims. */
export function evaluateInsurer(
  insurer: string,
  year: number,
  policies: readonly Policy[],
  plans: readonly PreventionPlan[],
  allVisits: readonly Visit[],
  claims: readonly Claim[],
): Evaluation {
  const inYear = (d: string) => d.startsWith(`${year}-`);
  const visits = allVisits.filter((v) => inYear(v.visitedOn));
  const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
  const premiumFen = sum(policies.map((p) => p.pricing.premiumFen));
  const spentFen = sum(visits.map((v) => v.costFen));
  const yearClaims = claims.filter((c) => inYear(c.occurredOn));
  return {
    insurer,
    year,
    policies: policies.length,
    premiumFen,
    preventionBudgetCapFen: sum(policies.map((p) => p.pricing.preventionBudgetFen)),
    plannedFen: sum(plans.map((p) => p.budgetFen)),
    spentFen,
    spentShareBasisPoints: premiumFen === 0 ? 0 : Math.floor((spentFen * 10_000) / premiumFen),
    policiesWithPlan: plans.length,
    policiesVisited: new Set(visits.map((v) => v.policyId)).size,
    visits: visits.length,
    findings: sum(visits.map((v) => v.findings.length)),
    claims: yearClaims.length,
    claimsPaidFen: sum(yearClaims.map((c) => c.paidFen)),
  };
}
