// Maps the configuration to the domain's rules: the policy limits and the first version of
// the premium rule table (DOMAIN.md "Insurance" defaults, 应急〔2025〕27号).
import type { Config } from '../config.js';
import { THRESHOLDS_2007, type LevelThresholds } from '../domain/claim.js';
import type { PolicyRules } from '../domain/decide-policy.js';
import type { PremiumRuleTable } from '../domain/premium-rules.js';

/** The configured rules of this deployment. */
export interface InsuranceRules {
  readonly policy: PolicyRules;
  /** Seeded at start when no version of that name exists yet. */
  readonly seedTable: PremiumRuleTable;
  /** Accident levels implied by a claim's figures (2007 regulation art. 3). */
  readonly claimThresholds: LevelThresholds;
}

/** The rules of `config`. */
export function rulesFromConfig(c: Config): InsuranceRules {
  const [s1 = 0, s2 = 0, s3 = 0] = c.INSURANCE_STANDARDISATION_PERCENTS;
  const [r1 = 0, r2 = 0, r3 = 0, r4 = 0] = c.INSURANCE_RATING_PERCENTS;
  return {
    policy: {
      minSumInsuredFen: c.INSURANCE_MIN_SUM_INSURED_FEN,
      maxTermDays: c.INSURANCE_MAX_TERM_DAYS,
    },
    seedTable: {
      version: c.INSURANCE_RULES_VERSION,
      effectiveFrom: c.INSURANCE_RULES_EFFECTIVE_FROM,
      noAccidentPercent: c.INSURANCE_NO_ACCIDENT_PERCENT,
      accidentPercent: {
        general: c.INSURANCE_GENERAL_ACCIDENT_PERCENT,
        larger: c.INSURANCE_LARGER_ACCIDENT_PERCENT,
        major: c.INSURANCE_MAJOR_ACCIDENT_PERCENT,
        'especially-major': c.INSURANCE_MAJOR_ACCIDENT_PERCENT,
      },
      accidentLookbackDays: c.INSURANCE_ACCIDENT_LOOKBACK_DAYS,
      listedPercent: c.INSURANCE_LISTED_PERCENT,
      awardPercent: {
        municipal: c.INSURANCE_MUNICIPAL_AWARD_PERCENT,
        provincial: c.INSURANCE_PROVINCIAL_AWARD_PERCENT,
      },
      awardLookbackDays: c.INSURANCE_AWARD_LOOKBACK_DAYS,
      standardisationPercent: { '1': s1, '2': s2, '3': s3 },
      ratingPercent: { '1': r1, '2': r2, '3': r3, '4': r4 },
      minAdjustmentPercent: c.INSURANCE_MIN_ADJUSTMENT_PERCENT,
      maxAdjustmentPercent: c.INSURANCE_MAX_ADJUSTMENT_PERCENT,
      preventionMaxPercent: c.INSURANCE_PREVENTION_MAX_PERCENT,
    },
    claimThresholds: THRESHOLDS_2007,
  };
}
