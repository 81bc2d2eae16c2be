// Ratings follow the standardisation grade; adverse records drop one level; listed is 4.
import { describe, expect, it } from 'vitest';
import { computeRating } from './rating.js';
import { activeMeasures, answerCheck, supervisionOf } from './measures.js';

describe('rating', () => {
  it('follows the standardisation grade', () => {
    expect(computeRating({ standardisation: '1', listed: false, adverseRecords: 0 }, 1).level).toBe(
      1,
    );
    expect(computeRating({ standardisation: '3', listed: false, adverseRecords: 0 }, 1).level).toBe(
      3,
    );
    expect(
      computeRating({ standardisation: 'none', listed: false, adverseRecords: 0 }, 1).level,
    ).toBe(4);
  });
  it('a bad record drops one level, never below 4; listing rates 4', () => {
    const r = computeRating({ standardisation: '2', listed: false, adverseRecords: 2 }, 1);
    expect(r.level).toBe(3);
    expect(r.reasons).toHaveLength(2);
    expect(computeRating({ standardisation: '3', listed: false, adverseRecords: 1 }, 2).level).toBe(
      4,
    );
    expect(computeRating({ standardisation: '1', listed: true, adverseRecords: 0 }, 1).level).toBe(
      4,
    );
  });
});

describe('checks', () => {
  it('a listing vetoes permits and surcharges insurance; a clean subject is allowed', () => {
    const listed = activeMeasures({ listed: true, adverseRecords: 0 });
    const facts = { listingId: 'lst-1', decisionNumber: 'D-1', surchargePercent: 10 };
    expect(answerCheck('permit-decision', listed, facts)).toMatchObject({
      outcome: 'denied',
      measureIds: ['permit-veto'],
    });
    expect(answerCheck('insurance-pricing', listed, facts)).toMatchObject({
      outcome: 'conditional',
      reasons: ['listed (D-1)', 'premium +10 %'],
    });
    expect(answerCheck('loan', [], { surchargePercent: 10 }).outcome).toBe('allowed');
  });
  it('a bad record brings more inspections only', () => {
    const bad = activeMeasures({ listed: false, adverseRecords: 1 });
    expect(bad).toEqual(['more-inspections']);
    expect(answerCheck('permit-decision', bad, { surchargePercent: 10 }).outcome).toBe('allowed');
    expect(
      answerCheck('inspection-planning', bad, { surchargePercent: 10, inspectionsPerYear: 4 }),
    ).toMatchObject({
      outcome: 'conditional',
      reasons: ['adverse records in effect', 'at least 4 inspections a year'],
    });
  });
  it('listed subjects are spot-checked every 6 months with an annual interview', () => {
    const rules = { badRecordInspectionsPerYear: 4, listedSpotCheckMonths: 6 };
    expect(supervisionOf({ listed: true, adverseRecords: 1 }, rules)).toEqual({
      inspectionsPerYear: null,
      spotCheckEveryMonths: 6,
      annualInterview: true,
    });
    expect(supervisionOf({ listed: false, adverseRecords: 1 }, rules).inspectionsPerYear).toBe(4);
    expect(supervisionOf({ listed: false, adverseRecords: 0 }, rules).inspectionsPerYear).toBe(
      null,
    );
  });
});
