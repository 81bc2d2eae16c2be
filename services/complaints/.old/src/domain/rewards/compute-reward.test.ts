import { describe, expect, it } from 'vitest';
import { computeReward } from './compute-reward.js';
import { RULES_2018, ruleSetFor } from './rule-sets.js';

const yuan = (n: number) => n * 100;
const given = (over: Partial<Parameters<typeof computeReward>[0]>) => ({
  fineFen: 0,
  concealedDeaths: 0,
  employee: false,
  employeeBonusEnabled: true,
  ...over,
});

describe('computeReward under the 2018 rules', () => {
  it('given a fine of 1,000,000 yuan, when rewarded, then 15 % = 150,000 yuan', () => {
    expect(computeReward(given({ fineFen: yuan(1_000_000) }), RULES_2018)).toEqual({
      basis: 'fine-percentage',
      amountFen: yuan(150_000),
    });
  });
  it('given a small fine or none, then at least 3,000 yuan', () => {
    expect(computeReward(given({ fineFen: yuan(10_000) }), RULES_2018).amountFen).toBe(yuan(3_000));
    expect(computeReward(given({}), RULES_2018).amountFen).toBe(yuan(3_000));
  });
  it('given a huge fine, then at most 300,000 yuan', () => {
    expect(computeReward(given({ fineFen: yuan(50_000_000) }), RULES_2018).amountFen).toBe(
      yuan(300_000),
    );
  });
  it.each([
    ['general', 1, 30_000],
    ['larger', 3, 120_000],
    ['major', 4, 200_000],
    ['especially-major', 5, 300_000],
    ['especially-major', 9, 300_000],
  ] as const)(
    'given %s accident with %i concealed deaths, then %i yuan',
    (level, deaths, amount) => {
      expect(
        computeReward(given({ concealedDeaths: deaths, accidentLevel: level }), RULES_2018),
      ).toEqual({ basis: 'concealed-accident', amountFen: yuan(amount) });
    },
  );
  it('given an employee reporting the employer, then +20 %, never above the cap', () => {
    expect(
      computeReward(given({ fineFen: yuan(100_000), employee: true }), RULES_2018).amountFen,
    ).toBe(yuan(18_000));
    expect(
      computeReward(
        given({ fineFen: yuan(100_000), employee: true, employeeBonusEnabled: false }),
        RULES_2018,
      ).amountFen,
    ).toBe(yuan(15_000));
    expect(
      computeReward(given({ fineFen: yuan(1_900_000), employee: true }), RULES_2018).amountFen,
    ).toBe(yuan(300_000));
  });
  it('picks the rule set by the receipt date, or the pinned version', () => {
    expect(ruleSetFor('2025-03-03')?.version).toBe('2018.1');
    expect(ruleSetFor('2017-12-31')).toBeUndefined();
    expect(ruleSetFor('2017-12-31', undefined, '2018.1')?.version).toBe('2018.1');
  });
});
