// What the local projections say about a holder now (DOMAIN.md "Permits"). For a decision,
// mandatory insurance must be positively known to be in force; for a licence already issued,
// only a signal from insurance (an open non-compliance case) suspends it, so that a licence
// is never suspended because the projection has not heard of a policy yet.
import { findEnterprise } from '../db/enterprises.js';
import {
  activeListings,
  hasActivePolicy,
  hasOpenViolation,
  overdueMajorHazards,
} from '../db/holder-facts.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { HolderFacts } from '../domain/application.js';
import type { AutoReason } from '../domain/licence.js';
import { isHighRisk, type Industry } from '@yiwang/contracts';

/** Facts for a credit check or a decision on an application of `uscc`. */
export async function decisionFacts(
  tx: Executor,
  uscc: string,
  today: string,
  fallback: { highRisk: boolean },
): Promise<HolderFacts> {
  const listingIds = await activeListings(tx, uscc);
  const enterprise = await findEnterprise(tx, uscc);
  const insuranceRequired = enterprise?.highRisk ?? fallback.highRisk;
  const insuranceActive =
    (await hasActivePolicy(tx, uscc, today)) && !(await hasOpenViolation(tx, uscc));
  return {
    listed: listingIds.length > 0,
    listingIds,
    insuranceRequired,
    insuranceActive,
    overdueMajorHazards: await overdueMajorHazards(tx, uscc, false),
  };
}

/** The automatic suspension reasons of a licence holder now. */
export async function suspensionReasons(
  deps: Pick<Deps, 'config'>,
  tx: Executor,
  uscc: string,
  industry: string,
): Promise<AutoReason[]> {
  const reasons: AutoReason[] = [];
  if ((await activeListings(tx, uscc)).length > 0) reasons.push('credit-listed');
  if (
    (await overdueMajorHazards(tx, uscc, deps.config.PERMITS_SUSPEND_ON_LISTED_HAZARD_ONLY)) > 0
  ) {
    reasons.push('overdue-major-hazard');
  }
  const enterprise = await findEnterprise(tx, uscc);
  const highRisk = enterprise?.highRisk ?? isHighRisk(industry as Industry);
  if (highRisk && (await hasOpenViolation(tx, uscc))) reasons.push('insurance-lapsed');
  return reasons;
}
