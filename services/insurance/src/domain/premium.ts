// The floating premium: base × (100 % + the sum of the factors), every factor explained
// (DOMAIN.md "Insurance": no accident −10 %, general +10 %, larger +20 %, major or worse
// +30 %, awards −5 % / −10 %, listed +10 %). Facts come from local projections of the
// directory, hazards' accident reports, insurers' claims and credit's listings and ratings.
import {
  accidentFactor,
  awardFactor,
  listingFactor,
  ratingFactor,
  standardisationFactor,
} from './premium-factors.js';
import type { AccidentLevel, AwardLevel, PremiumRuleTable } from './premium-rules.js';

/** What is known about an enterprise's risk on the quote date. */
export interface RiskFacts {
  readonly accidents: readonly { id: string; level: AccidentLevel; occurredOn: string }[];
  /** Ids of the enterprise's listings in force. */
  readonly listings: readonly string[];
  readonly ratingLevel?: number | undefined;
  readonly standardisationLevel?: string | undefined;
  readonly awards: readonly { id: string; level: AwardLevel; awardedOn: string }[];
}

/** The factor kinds, in the order a quote lists them. */
export type FactorCode =
  'accident-history' | 'credit-listing' | 'credit-rating' | 'standardisation' | 'award';

/** One factor with its percent and why it applies. */
export interface Factor {
  readonly code: FactorCode;
  readonly percent: number;
  readonly reason: string;
  /** Ids of the records behind it (accidents, listings, awards). */
  readonly evidence: readonly string[];
}

/** A priced (or explained) premium. */
export interface Quote {
  readonly ruleVersion: string;
  readonly ruleEffectiveFrom: string;
  readonly on: string;
  readonly factors: readonly Factor[];
  /** Sum of the factors, clamped to the table's bounds. */
  readonly adjustmentPercent: number;
}

/** Explains the premium factors of `facts` under `table` on date `on`. */
export function quotePremium(facts: RiskFacts, table: PremiumRuleTable, on: string): Quote {
  const factors = [
    accidentFactor(facts, table, on),
    listingFactor(facts, table),
    ratingFactor(facts, table),
    standardisationFactor(facts, table),
    awardFactor(facts, table, on),
  ];
  const sum = factors.reduce((s, f) => s + f.percent, 0);
  const adjustmentPercent = Math.min(
    table.maxAdjustmentPercent,
    Math.max(table.minAdjustmentPercent, sum),
  );
  return {
    ruleVersion: table.version,
    ruleEffectiveFrom: table.effectiveFrom,
    on,
    factors,
    adjustmentPercent,
  };
}

/** base × (100 + adjustment) / 100, rounded to the fen (half up). */
export function applyAdjustment(baseFen: number, adjustmentPercent: number): number {
  return Math.round((baseFen * (100 + adjustmentPercent)) / 100);
}

/** The prevention budget cap of a premium (floor: never above the share). */
export function preventionCap(premiumFen: number, maxPercent: number): number {
  return Math.floor((premiumFen * maxPercent) / 100);
}
