// The five factors of the floating premium, each with its percent, reason and evidence
// (DOMAIN.md "Insurance"; the numbers come from the rule table).
import { addDays } from './dates.js';
import type { Factor, RiskFacts } from './premium.js';
import { ACCIDENT_LEVELS, type AccidentLevel, type PremiumRuleTable } from './premium-rules.js';

const sign = (p: number) => (p > 0 ? `+${p} %` : `${p} %`);

/** Worst accident of the look-back window, or the no-accident discount. */
export function accidentFactor(f: RiskFacts, t: PremiumRuleTable, on: string): Factor {
  const from = addDays(on, -t.accidentLookbackDays);
  const recent = f.accidents.filter((a) => a.occurredOn > from && a.occurredOn <= on);
  if (recent.length === 0) {
    const p = t.noAccidentPercent;
    return {
      code: 'accident-history',
      percent: p,
      reason: `no accident since ${from}: ${sign(p)}`,
      evidence: [],
    };
  }
  const rank = (l: AccidentLevel) => ACCIDENT_LEVELS.indexOf(l);
  const worst = recent.reduce((w, a) => (rank(a.level) > rank(w.level) ? a : w));
  const p = t.accidentPercent[worst.level];
  return {
    code: 'accident-history',
    percent: p,
    reason: `worst accident since ${from} is ${worst.level} (${worst.occurredOn}): ${sign(p)}`,
    evidence: recent.map((a) => a.id).sort(),
  };
}

/** Listed as seriously untrustworthy. */
export function listingFactor(f: RiskFacts, t: PremiumRuleTable): Factor {
  if (f.listings.length === 0) {
    return {
      code: 'credit-listing',
      percent: 0,
      reason: 'not listed as seriously untrustworthy',
      evidence: [],
    };
  }
  const p = t.listedPercent;
  return {
    code: 'credit-listing',
    percent: p,
    reason: `listed as seriously untrustworthy (严重失信): ${sign(p)}`,
    evidence: [...f.listings],
  };
}

/** Credit rating level. */
export function ratingFactor(f: RiskFacts, t: PremiumRuleTable): Factor {
  const key = String(f.ratingLevel) as keyof PremiumRuleTable['ratingPercent'];
  if (!(key in t.ratingPercent)) {
    return { code: 'credit-rating', percent: 0, reason: 'no credit rating known', evidence: [] };
  }
  const p = t.ratingPercent[key];
  return {
    code: 'credit-rating',
    percent: p,
    reason: `credit rating level ${key}: ${sign(p)}`,
    evidence: [],
  };
}

/** Safety standardisation grade. */
export function standardisationFactor(f: RiskFacts, t: PremiumRuleTable): Factor {
  const key = f.standardisationLevel as keyof PremiumRuleTable['standardisationPercent'];
  if (f.standardisationLevel === undefined || !(key in t.standardisationPercent)) {
    return {
      code: 'standardisation',
      percent: 0,
      reason: 'no safety standardisation grade',
      evidence: [],
    };
  }
  const p = t.standardisationPercent[key];
  return {
    code: 'standardisation',
    percent: p,
    reason: `safety standardisation grade ${key}: ${sign(p)}`,
    evidence: [],
  };
}

/** Best recent award, withheld while listed. */
export function awardFactor(f: RiskFacts, t: PremiumRuleTable, on: string): Factor {
  const from = addDays(on, -t.awardLookbackDays);
  const recent = f.awards.filter((a) => a.awardedOn > from && a.awardedOn <= on);
  if (recent.length === 0) {
    return { code: 'award', percent: 0, reason: `no safety award since ${from}`, evidence: [] };
  }
  // A listed subject is excluded from awards (一票否决, 应急管理部令第11号 joint punishment).
  if (f.listings.length > 0) {
    return {
      code: 'award',
      percent: 0,
      reason: 'award discount withheld while listed (一票否决)',
      evidence: recent.map((a) => a.id).sort(),
    };
  }
  const best = recent.reduce((b, a) => (t.awardPercent[a.level] < t.awardPercent[b.level] ? a : b));
  const p = t.awardPercent[best.level];
  return {
    code: 'award',
    percent: p,
    reason: `${best.level} safety award (${best.awardedOn}): ${sign(p)}`,
    evidence: recent.map((a) => a.id).sort(),
  };
}
