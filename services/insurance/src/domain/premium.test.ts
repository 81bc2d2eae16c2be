import { describe, expect, it } from 'vitest';
import { applyAdjustment, preventionCap, quotePremium, type RiskFacts } from './premium.js';
import { ruleTableFor, sameRuleTable, type PremiumRuleTable } from './premium-rules.js';

const table: PremiumRuleTable = {
  version: 'v1',
  effectiveFrom: '2025-01-01',
  noAccidentPercent: -10,
  accidentPercent: { general: 10, larger: 20, major: 30, 'especially-major': 30 },
  accidentLookbackDays: 365,
  listedPercent: 10,
  awardPercent: { municipal: -5, provincial: -10 },
  awardLookbackDays: 365,
  standardisationPercent: { '1': 0, '2': 0, '3': 0 },
  ratingPercent: { '1': 0, '2': 0, '3': 0, '4': 0 },
  minAdjustmentPercent: -100,
  maxAdjustmentPercent: 100,
  preventionMaxPercent: 21,
};
const clean: RiskFacts = { accidents: [], listings: [], awards: [] };
const ON = '2026-03-02';
const factor = (facts: RiskFacts, code: string) =>
  quotePremium(facts, table, ON).factors.find((f) => f.code === code);

describe('the floating premium', () => {
  it('gives −10 % to an enterprise without an accident in the last year, and says so', () => {
    const q = quotePremium(clean, table, ON);
    expect(q.adjustmentPercent).toBe(-10);
    expect(factor(clean, 'accident-history')).toMatchObject({
      percent: -10,
      reason: expect.stringContaining('no accident') as unknown,
    });
    expect(q.ruleVersion).toBe('v1');
  });

  it.each([
    ['general', 10],
    ['larger', 20],
    ['major', 30],
    ['especially-major', 30],
  ] as const)('charges the worst accident of the year: %s → +%i %%', (level, percent) => {
    const facts = {
      ...clean,
      accidents: [
        { id: 'a-old', level: 'major' as const, occurredOn: '2025-01-10' },
        { id: 'a-1', level: 'general' as const, occurredOn: '2025-06-01' },
        { id: 'a-2', level, occurredOn: '2026-02-01' },
      ],
    };
    const f = factor(facts, 'accident-history');
    expect(f?.percent).toBe(percent);
    expect(f?.reason).toContain(level);
    // The 2025-01-10 accident is more than 365 days before the quote date: not counted.
    expect(f?.evidence).toEqual(['a-1', 'a-2']);
  });

  it('adds +10 % while listed and withholds an award discount then (一票否决)', () => {
    const facts = {
      ...clean,
      listings: ['lst-1'],
      awards: [{ id: 'aw-1', level: 'provincial' as const, awardedOn: '2026-01-05' }],
    };
    expect(factor(facts, 'credit-listing')).toMatchObject({ percent: 10, evidence: ['lst-1'] });
    expect(factor(facts, 'award')).toMatchObject({
      percent: 0,
      reason: expect.stringContaining('listed') as unknown,
    });
    expect(quotePremium(facts, table, ON).adjustmentPercent).toBe(0);
  });

  it('takes the best recent award: −5 % municipal, −10 % provincial', () => {
    const municipal = {
      ...clean,
      awards: [{ id: 'm', level: 'municipal' as const, awardedOn: '2026-01-05' }],
    };
    expect(factor(municipal, 'award')?.percent).toBe(-5);
    const both = {
      ...clean,
      awards: [
        ...municipal.awards,
        { id: 'p', level: 'provincial' as const, awardedOn: '2025-12-01' },
      ],
    };
    expect(factor(both, 'award')?.percent).toBe(-10);
    expect(quotePremium(both, table, ON).adjustmentPercent).toBe(-20);
  });

  it('applies the rating and standardisation percents of the table, and clamps the sum', () => {
    const strict = {
      ...table,
      ratingPercent: { ...table.ratingPercent, '4': 15 },
      standardisationPercent: { ...table.standardisationPercent, '1': -3 },
      maxAdjustmentPercent: 20,
    };
    const facts = { ...clean, ratingLevel: 4, standardisationLevel: '1', listings: ['l'] };
    const q = quotePremium(facts, strict, ON);
    expect(q.factors.map((f) => [f.code, f.percent])).toEqual([
      ['accident-history', -10],
      ['credit-listing', 10],
      ['credit-rating', 15],
      ['standardisation', -3],
      ['award', 0],
    ]);
    expect(q.adjustmentPercent).toBe(12);
    const worse = quotePremium(
      { ...facts, accidents: [{ id: 'x', level: 'major', occurredOn: ON }] },
      strict,
      ON,
    );
    expect(worse.adjustmentPercent).toBe(20);
  });

  it('prices in whole fen and caps prevention at 21 % rounded down', () => {
    expect(applyAdjustment(1_000_000, -10)).toBe(900_000);
    expect(applyAdjustment(333, 10)).toBe(366);
    expect(preventionCap(900_000, 21)).toBe(189_000);
    expect(preventionCap(999, 21)).toBe(209);
  });
});

describe('the versioned rule table', () => {
  const v2 = { ...table, version: 'v2', effectiveFrom: '2026-07-01', listedPercent: 15 };
  it('uses the latest version effective on the date', () => {
    expect(ruleTableFor([v2, table], '2026-06-30')?.version).toBe('v1');
    expect(ruleTableFor([v2, table], '2026-07-01')?.version).toBe('v2');
    expect(ruleTableFor([v2, table], '2024-12-31')).toBeUndefined();
  });
  it('compares tables by content, whatever the key order', () => {
    const reordered = Object.fromEntries(
      Object.entries(table).reverse(),
    ) as unknown as PremiumRuleTable;
    expect(sameRuleTable(reordered, table)).toBe(true);
    expect(sameRuleTable(v2, table)).toBe(false);
  });
});
