// Loads an insurer's year and evaluates it (GET /v1/insurance/insurers/{uscc}/evaluations/{year});
// bureau staff see the part of it in their regions.
import { anyRegionCovers } from '@yiwang/service-kit';
import { claimsOfPolicies } from '../db/claims.js';
import { policiesOfInsurerInYear } from '../db/policies.js';
import { plansOfPolicies, visitsOfPolicies } from '../db/prevention.js';
import type { Deps } from '../deps.js';
import { evaluateInsurer, type Evaluation } from '../domain/evaluation.js';

/** The evaluation of `insurer` in `year`, over the policies in `regions` when given (staff). */
export async function evaluateInsurerYear(
  deps: Deps,
  insurer: string,
  year: number,
  regions?: readonly string[],
): Promise<Evaluation> {
  const db = deps.database.db;
  const all = await policiesOfInsurerInYear(db, insurer, year);
  const policies =
    regions === undefined ? all : all.filter((p) => anyRegionCovers(regions, p.region));
  const ids = policies.map((p) => p.id);
  const [plans, visits, claims] = await Promise.all([
    plansOfPolicies(db, ids),
    visitsOfPolicies(db, ids),
    claimsOfPolicies(db, ids),
  ]);
  return evaluateInsurer(insurer, year, policies, plans, visits, claims);
}
