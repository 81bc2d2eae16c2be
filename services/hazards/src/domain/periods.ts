// Statistics periods and their due dates: quarterly statistics are filed by the 15th of the
// month after the quarter, annual ones by 31 January of the next year (DOMAIN.md "Hazards";
// both days are configuration). A period is written `2026Q3` or `2026` (the year).
import type { IsoDate } from '@yiwang/contracts';
import { addDays } from './dates.js';

/** A quarter or the whole year. */
export type FilingPeriod = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'year';

/** One period of one year. */
export interface PeriodRef {
  readonly year: number;
  readonly period: FilingPeriod;
}

/** Configured due days. */
export interface FilingRules {
  /** Day of the month after the quarter (15). */
  readonly quarterDueDay: number;
  /** MM-DD of the next year (01-31). */
  readonly annualDue: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses `2026Q3` or `2026`; undefined when malformed. */
export function parsePeriod(text: string): PeriodRef | undefined {
  const m = /^([0-9]{4})(?:Q([1-4]))?$/.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  return { year, period: m[2] === undefined ? 'year' : (`Q${m[2]}` as FilingPeriod) };
}

/** `2026Q3` / `2026`. */
export function formatPeriod(p: PeriodRef): string {
  return p.period === 'year' ? String(p.year) : `${p.year}${p.period}`;
}

/** First day of the period. */
export function periodStart(p: PeriodRef): IsoDate {
  const month = p.period === 'year' ? 1 : (Number(p.period[1]) - 1) * 3 + 1;
  return `${p.year}-${pad(month)}-01`;
}

/** First day after the period. */
export function periodEnd(p: PeriodRef): IsoDate {
  if (p.period === 'year' || p.period === 'Q4') return `${p.year + 1}-01-01`;
  return `${p.year}-${pad(Number(p.period[1]) * 3 + 1)}-01`;
}

/** The last day to file the period's statistics. */
export function dueOn(p: PeriodRef, rules: FilingRules): IsoDate {
  if (p.period === 'year') return `${p.year + 1}-${rules.annualDue}`;
  return addDays(periodEnd(p), rules.quarterDueDay - 1);
}
