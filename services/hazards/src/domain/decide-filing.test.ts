// Specs of statistics periods and filings: due dates (15th after the quarter, 31 January after
// the year), no filing before the period ends, signed by the principal, late after the due date.
import { describe, expect, it } from 'vitest';
import { decideFiling, type FileStatistics } from './decide-filing.js';
import { dueOn, parsePeriod, periodEnd, periodStart, type FilingRules } from './periods.js';

const rules: FilingRules = { quarterDueDay: 15, annualDue: '01-31' };

describe('periods', () => {
  it.each([
    ['2026Q1', '2026-01-01', '2026-04-01', '2026-04-15'],
    ['2026Q3', '2026-07-01', '2026-10-01', '2026-10-15'],
    ['2026Q4', '2026-10-01', '2027-01-01', '2027-01-15'],
    ['2026', '2026-01-01', '2027-01-01', '2027-01-31'],
  ])('%s runs %s..%s, due %s', (text, start, end, due) => {
    const p = parsePeriod(text);
    if (p === undefined) throw new Error('unparsed');
    expect([periodStart(p), periodEnd(p), dueOn(p, rules)]).toEqual([start, end, due]);
  });
  it('rejects malformed periods', () => {
    for (const text of ['2026Q5', '26Q1', '2026-Q1', '']) expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('filing', () => {
  const cmd = (today: string, extra: Partial<FileStatistics> = {}): FileStatistics => ({
    id: 'stat-1',
    uscc: '91330502000000101X',
    region: '330502',
    year: 2026,
    period: 'Q3',
    principalName: '王五',
    signedByPrincipal: true,
    general: { found: 3, rectified: 3 },
    major: { found: 1, rectified: 0, listed: 1 },
    investmentFen: 100,
    at: `${today}T02:00:00.000Z`,
    today,
    ...extra,
  });
  const outcome = (c: FileStatistics) => {
    const d = decideFiling(c, rules);
    return d.ok ? { late: d.events[0]?.late } : d.rejection.code;
  };
  it('is on time up to the due date and late after it', () => {
    expect(outcome(cmd('2026-10-15'))).toEqual({ late: false });
    expect(outcome(cmd('2026-10-16'))).toEqual({ late: true });
  });
  it('not before the period ended, and only signed by the principal', () => {
    expect(outcome(cmd('2026-09-30'))).toBe('HAZARDS.PERIOD_NOT_ENDED');
    expect(outcome(cmd('2026-10-02', { signedByPrincipal: false }))).toBe(
      'HAZARDS.SIGNATURE_REQUIRED',
    );
  });
});
