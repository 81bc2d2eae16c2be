import { Type } from '@sinclair/typebox';
import { ContractsError } from '../errors.js';
import { ISO_DATE_PATTERN, isRealDate } from './time.js';

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * Holidays and make-up working days (调休) of one or more years, as published by the State
 * Council each year. Dates in neither list follow the week: Monday–Friday work, weekends off.
 */
export interface HolidayCalendar {
  /** Name or source, e.g. `国办发明电〔2024〕12号`. */
  readonly name: string;
  /** Days off that would otherwise be working days (statutory holidays, bridging days). */
  readonly holidays: readonly IsoDate[];
  /** Weekend days that are working days (调休上班). */
  readonly workdays: readonly IsoDate[];
}

/** TypeBox schema of a {@link HolidayCalendar} (for config files). */
export const HolidayCalendarSchema = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    holidays: Type.Array(Type.String({ pattern: ISO_DATE_PATTERN })),
    workdays: Type.Array(Type.String({ pattern: ISO_DATE_PATTERN })),
  },
  { additionalProperties: false },
);

/** A date or calendar is malformed. */
export class InvalidDateError extends ContractsError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super('CONTRACTS.INVALID_DATE', message);
  }
}

/** A calendar with no holidays: Monday–Friday are working days. */
export const WEEKDAYS_ONLY: HolidayCalendar = Object.freeze({
  name: 'weekdays only',
  holidays: [],
  workdays: [],
});

/**
 * Public holidays of 2025 in mainland China (国办发明电〔2024〕12号). An example and a test
 * fixture: deployments load each year's calendar from configuration.
 */
export const CN_HOLIDAYS_2025: HolidayCalendar = Object.freeze({
  name: '国办发明电〔2024〕12号 (2025)',
  holidays: [
    '2025-01-01',
    ...['01-28', '01-29', '01-30', '01-31', '02-03', '02-04'].map((d) => `2025-${d}`),
    '2025-04-04',
    ...['05-01', '05-02', '05-05'].map((d) => `2025-${d}`),
    '2025-06-02',
    ...['10-01', '10-02', '10-03', '10-06', '10-07', '10-08'].map((d) => `2025-${d}`),
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
});

/**
 * Validates a `YYYY-MM-DD` string naming a real day.
 * @throws {InvalidDateError}
 */
export function parseIsoDate(input: string): IsoDate {
  if (!isRealDate(input)) {
    throw new InvalidDateError(input, `"${input}" is not a date: use YYYY-MM-DD, e.g. 2025-03-14.`);
  }
  return input;
}

const DAY_MS = 86_400_000;

function toDayNumber(date: string): number {
  const d = parseIsoDate(date);
  const t = new Date(0);
  t.setUTCFullYear(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round(t.getTime() / DAY_MS);
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function indexCalendar(calendar: HolidayCalendar): { off: Set<string>; on: Set<string> } {
  const off = new Set(calendar.holidays.map(parseIsoDate));
  const on = new Set(calendar.workdays.map(parseIsoDate));
  for (const d of on) {
    if (off.has(d)) {
      throw new InvalidDateError(
        d,
        `Calendar "${calendar.name}" lists ${d} as both a holiday and a working day.`,
      );
    }
  }
  return { off, on };
}

const indexCache = new WeakMap<HolidayCalendar, { off: Set<string>; on: Set<string> }>();
function indexOf(calendar: HolidayCalendar) {
  let index = indexCache.get(calendar);
  if (!index) {
    index = indexCalendar(calendar);
    indexCache.set(calendar, index);
  }
  return index;
}

/** True when `date` is a working day under `calendar`. */
export function isWorkingDay(date: string, calendar: HolidayCalendar = WEEKDAYS_ONLY): boolean {
  const { off, on } = indexOf(calendar);
  if (on.has(date)) return true;
  if (off.has(date)) return false;
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `date` itself is
 * not counted, so "decide within 10 working days of the request" is
 * `addWorkingDays(requestDate, 10, calendar)`. `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(
  date: string,
  n: number,
  calendar: HolidayCalendar = WEEKDAYS_ONLY,
): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
  let day = toDayNumber(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (isWorkingDay(fromDayNumber(day), calendar)) left--;
  }
  return fromDayNumber(day);
}

/**
 * Working days from `from` to `to`, the inverse of {@link addWorkingDays}: the working days in
 * (`from`, `to`] when `to` is later, minus those in [`to`, `from`) when it is earlier. So
 * `workingDaysBetween(d, addWorkingDays(d, n, c), c) === n` for every n.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: HolidayCalendar = WEEKDAYS_ONLY,
): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const [first, last, sign] = b >= a ? [a + 1, b, 1] : [b, a - 1, -1];
  let count = 0;
  for (let day = first; day <= last; day++) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count++;
  }
  return sign * count;
}
