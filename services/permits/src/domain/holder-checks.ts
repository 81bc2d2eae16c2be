// What stands against a licence holder (DOMAIN.md "Permits": before a decision — credit
// check, mandatory insurance for high-risk industries, no overdue major hazard; the same
// facts suspend an issued licence and their end reinstates it), and the appeal information
// every refusal carries (行政复议法 art. 20: 60 days; 行政诉讼法 art. 46: 6 months).
import type { HolderFacts, VetoReason } from './application.js';
import type { PermitRules } from './rules.js';

/** The reasons the holder may not hold (or be granted) a licence now, in a fixed order. */
export function blockers(facts: HolderFacts): VetoReason[] {
  const reasons: VetoReason[] = [];
  if (facts.listed) reasons.push('credit-listed');
  if (facts.insuranceRequired && !facts.insuranceActive) reasons.push('insurance-missing');
  if (facts.overdueMajorHazards > 0) reasons.push('overdue-major-hazard');
  return reasons;
}

/** The appeal information of a refusal (written into the decision, shown to the applicant). */
export function appealInformation(rules: PermitRules): string {
  return (
    `If you disagree, you may apply for administrative reconsideration within ` +
    `${rules.appealReviewDays} days of receiving this decision, or bring an administrative ` +
    `suit within ${rules.appealLitigationMonths} months (decision by ${rules.authority}).`
  );
}
