// Calendar arithmetic on ISO dates beyond contracts' working days, and the statutory clock:
// a limit per application type, compressed by the local factor, counted in calendar or
// working days, paused while experts review.
import {
  addDays,
  addWorkingDays,
  workingDaysBetween,
  type HolidayCalendar,
  type IsoDate,
} from '@yiwang/contracts';
import type { DayKind, Limit } from './rules.js';

/** The date `months` calendar months after `date`, clamped to the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The limit after the local compression (e.g. 45 days one-third faster → 30), at least 1. */
export function compressedLimit(limit: Limit, compression: number): Limit {
  const off = Math.floor(limit.days * compression + 1e-9);
  return { days: Math.max(1, limit.days - off), kind: limit.kind };
}

/** `date` plus `n` days of `kind`. */
export function addDaysOfKind(
  date: IsoDate,
  n: number,
  kind: DayKind,
  calendar: HolidayCalendar,
): IsoDate {
  return kind === 'working' ? addWorkingDays(date, n, calendar) : addDays(date, n);
}

/** Days of `kind` from `from` to `to`. */
export function daysOfKindBetween(
  from: IsoDate,
  to: IsoDate,
  kind: DayKind,
  calendar: HolidayCalendar,
): number {
  return kind === 'working' ? workingDaysBetween(from, to, calendar) : daysBetween(from, to);
}
