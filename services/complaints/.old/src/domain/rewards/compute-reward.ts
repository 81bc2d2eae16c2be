// The reward amount (安全生产领域举报奖励办法 2018, arts. 8–9): 15 % of the fine within
// 3,000–300,000 yuan, or a fixed sum per concealed death by accident level capped at 300,000
// yuan; the local employee bonus is applied last and never lifts an amount over its cap.
import type { AccidentLevel } from '../report/types.js';
import type { RewardRuleSet } from './rule-sets.js';

export interface RewardInput {
  readonly fineFen: number;
  readonly concealedDeaths: number;
  readonly accidentLevel?: AccidentLevel | undefined;
  /** The reporter is an employee of the enterprise reported (local bonus). */
  readonly employee: boolean;
  /** Whether the local employee bonus is in force (config). */
  readonly employeeBonusEnabled: boolean;
}

export interface RewardAmount {
  readonly basis: 'fine-percentage' | 'concealed-accident';
  readonly amountFen: number;
}

/** Computes the reward under `rules`; the larger basis wins when both apply. */
export function computeReward(input: RewardInput, rules: RewardRuleSet): RewardAmount {
  const share = Math.round((input.fineFen * rules.fineShareBp) / 10_000);
  const byFine = clamp(share, rules.minFen, rules.maxFen);
  const concealed =
    input.concealedDeaths > 0 && input.accidentLevel !== undefined
      ? Math.min(
          input.concealedDeaths * rules.perConcealedDeathFen[input.accidentLevel],
          rules.concealedMaxFen,
        )
      : 0;
  const basis = concealed > byFine ? 'concealed-accident' : 'fine-percentage';
  const base = Math.max(concealed, byFine);
  const cap = basis === 'concealed-accident' ? rules.concealedMaxFen : rules.maxFen;
  const bonus =
    input.employee && input.employeeBonusEnabled
      ? Math.round((base * rules.employeeBonusBp) / 10_000)
      : 0;
  return { basis, amountFen: Math.min(base + bonus, cap) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
