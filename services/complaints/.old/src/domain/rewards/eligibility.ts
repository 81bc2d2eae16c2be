// Who may be rewarded (安全生产领域举报奖励办法 2018, arts. 6, 10; DOMAIN.md): only a
// substantiated report, by a real-name reporter, the first valid one of the same matter, and
// only when the matter was not already known to the enterprise or the regulator.

export type Ineligibility =
  'not-substantiated' | 'anonymous' | 'not-first-reporter' | 'already-known';

export interface EligibilityFacts {
  readonly substantiated: boolean;
  readonly realName: boolean;
  readonly alreadyKnown: boolean;
  /** Earlier real-name reports of the same matter that were not declined or unsubstantiated. */
  readonly earlierValidReports: number;
}

/** `undefined` when eligible, else the first reason it is not. */
export function ineligibility(facts: EligibilityFacts): Ineligibility | undefined {
  if (!facts.substantiated) return 'not-substantiated';
  if (!facts.realName) return 'anonymous';
  if (facts.earlierValidReports > 0) return 'not-first-reporter';
  if (facts.alreadyKnown) return 'already-known';
  return undefined;
}
