// Reward rule sets as versioned data (安全生产领域举报奖励办法, 应急〔2018〕19号, arts. 8–9).
// A case keeps the rule set in force on the day its report was received (DOMAIN.md: "old cases
// keep the rule that applied to them"); add a new entry with a later `effectiveFrom` when the
// rules change, never edit a released one. Amounts are integer fen.
import type { AccidentLevel } from '../report/types.js';

export interface RewardRuleSet {
  readonly version: string;
  /** First calendar day (YYYY-MM-DD) the set applies to, by the report's receipt date. */
  readonly effectiveFrom: string;
  /** Share of the fine, in basis points (15 % = 1500). */
  readonly fineShareBp: number;
  readonly minFen: number;
  readonly maxFen: number;
  /** Per concealed death, by accident level (瞒报 accidents). */
  readonly perConcealedDeathFen: Readonly<Record<AccidentLevel, number>>;
  /** Cap of a concealed-accident reward. */
  readonly concealedMaxFen: number;
  /** *local* option: bonus for an employee reporting their own employer, basis points. */
  readonly employeeBonusBp: number;
}

const YUAN = 100;

/** The national rules of 2018 with Huzhou's local employee bonus (+20 %). */
export const RULES_2018: RewardRuleSet = {
  version: '2018.1',
  effectiveFrom: '2018-01-04',
  fineShareBp: 1500,
  minFen: 3_000 * YUAN,
  maxFen: 300_000 * YUAN,
  perConcealedDeathFen: {
    general: 30_000 * YUAN,
    larger: 40_000 * YUAN,
    major: 50_000 * YUAN,
    'especially-major': 60_000 * YUAN,
  },
  concealedMaxFen: 300_000 * YUAN,
  employeeBonusBp: 2000,
};

/** Every rule set, oldest first. */
export const REWARD_RULE_SETS: readonly RewardRuleSet[] = [RULES_2018];

/**
 * The rule set for a report received on `receivedOn`: the pinned `version` when given, else the
 * newest whose `effectiveFrom` is not after that day. `undefined` when none applies.
 */
export function ruleSetFor(
  receivedOn: string,
  sets: readonly RewardRuleSet[] = REWARD_RULE_SETS,
  version?: string,
): RewardRuleSet | undefined {
  if (version !== undefined) return sets.find((s) => s.version === version);
  return [...sets].reverse().find((s) => s.effectiveFrom <= receivedOn);
}
