// The floating-premium rule table (DOMAIN.md "Insurance", *local* table; 应急〔2025〕27号). A
// table carries a version and an effective date: a policy is priced with the table in force
// on its start date and keeps it (DOMAIN.md: old cases keep the rule that applied to them).

/** Accident levels of the 2007 regulation (生产安全事故报告和调查处理条例 art. 3). */
export const ACCIDENT_LEVELS = ['general', 'larger', 'major', 'especially-major'] as const;
/** An accident level. */
export type AccidentLevel = (typeof ACCIDENT_LEVELS)[number];

/** Award levels that lower the premium. */
export const AWARD_LEVELS = ['municipal', 'provincial'] as const;
/** An award level. */
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** One version of the rule table; every number is data, not code. */
export interface PremiumRuleTable {
  readonly version: string;
  /** YYYY-MM-DD from which policies starting that day use this table. */
  readonly effectiveFrom: string;
  /** Percent when no accident happened in the look-back window (−10). */
  readonly noAccidentPercent: number;
  /** Percent by the worst accident level in the window (+10 / +20 / +30 / +30). */
  readonly accidentPercent: Readonly<Record<AccidentLevel, number>>;
  /** Days of accident history that count ("last year": 365). */
  readonly accidentLookbackDays: number;
  /** Percent while listed as seriously untrustworthy (+10). */
  readonly listedPercent: number;
  /** Percent by the best award in the window (−5 municipal, −10 provincial). */
  readonly awardPercent: Readonly<Record<AwardLevel, number>>;
  /** Days an award counts (365). */
  readonly awardLookbackDays: number;
  /** Percent by standardisation grade '1'..'3' (0 unless a local table sets it). */
  readonly standardisationPercent: Readonly<Record<'1' | '2' | '3', number>>;
  /** Percent by credit rating level '1'..'4' (0 unless a local table sets it). */
  readonly ratingPercent: Readonly<Record<'1' | '2' | '3' | '4', number>>;
  /** The summed adjustment is clamped to [min, max]. */
  readonly minAdjustmentPercent: number;
  readonly maxAdjustmentPercent: number;
  /** Prevention services spend at most this share of the premium (21). */
  readonly preventionMaxPercent: number;
}

/** The table in force on `date`: the latest effective on or before it, or undefined. */
export function ruleTableFor(
  tables: readonly PremiumRuleTable[],
  date: string,
): PremiumRuleTable | undefined {
  let best: PremiumRuleTable | undefined;
  for (const t of tables) {
    if (t.effectiveFrom <= date && (best === undefined || t.effectiveFrom > best.effectiveFrom)) {
      best = t;
    }
  }
  return best;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Whether two tables hold the same numbers (key order does not matter: jsonb reorders). */
export function sameRuleTable(a: PremiumRuleTable, b: PremiumRuleTable): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
