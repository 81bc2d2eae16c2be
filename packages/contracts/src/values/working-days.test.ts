import { describe, expect, it } from 'vitest';
import {
  CN_HOLIDAYS_2025,
  InvalidDateError,
  WEEKDAYS_ONLY,
  addDays,
  addWorkingDays,
  dayOfWeek,
  isWorkingDay,
  parseIsoDate,
  workingDaysBetween,
  type HolidayCalendar,
} from './working-days.js';

describe('working-day arithmetic', () => {
  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-03-14')).toBe(5); // Friday
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('skips weekends with a plain calendar', () => {
    expect(addWorkingDays('2025-03-14', 1, WEEKDAYS_ONLY)).toBe('2025-03-17'); // Fri → Mon
    expect(addWorkingDays('2025-03-15', 1)).toBe('2025-03-17'); // from a Saturday
    expect(addWorkingDays('2025-03-10', 10)).toBe('2025-03-24');
    expect(addWorkingDays('2025-03-14', 0)).toBe('2025-03-14');
  });

  it('skips holidays and works on make-up days (调休) of 2025', () => {
    // Labour Day: 1–5 May off, Sunday 27 April worked.
    expect(isWorkingDay('2025-04-27', CN_HOLIDAYS_2025)).toBe(true);
    expect(isWorkingDay('2025-05-01', CN_HOLIDAYS_2025)).toBe(false);
    expect(isWorkingDay('2025-05-05', CN_HOLIDAYS_2025)).toBe(false); // a Monday
    expect(addWorkingDays('2025-04-30', 1, CN_HOLIDAYS_2025)).toBe('2025-05-06');
    expect(addWorkingDays('2025-04-25', 1, CN_HOLIDAYS_2025)).toBe('2025-04-27');
    // National Day: 1–8 October off, Sunday 28 September and Saturday 11 October worked.
    expect(addWorkingDays('2025-09-26', 1, CN_HOLIDAYS_2025)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-30', 1, CN_HOLIDAYS_2025)).toBe('2025-10-09');
    expect(addWorkingDays('2025-10-10', 1, CN_HOLIDAYS_2025)).toBe('2025-10-11');
    // Spring Festival: 28 Jan – 4 Feb off.
    expect(addWorkingDays('2025-01-27', 10, CN_HOLIDAYS_2025)).toBe('2025-02-17');
  });

  it('goes backwards for "at least N working days before a deadline"', () => {
    // An extension must be requested ≥ 20 working days before the deadline.
    const latest = addWorkingDays('2025-10-31', -20, CN_HOLIDAYS_2025);
    expect(latest).toBe('2025-09-28'); // a make-up Sunday counts
    expect(workingDaysBetween(latest, '2025-10-31', CN_HOLIDAYS_2025)).toBe(20);
  });

  it('workingDaysBetween is the inverse of addWorkingDays', () => {
    for (const start of ['2025-01-24', '2025-04-30', '2025-09-27', '2025-12-31']) {
      for (const n of [-25, -7, -1, 0, 1, 3, 10, 45]) {
        const end = addWorkingDays(start, n, CN_HOLIDAYS_2025);
        expect(workingDaysBetween(start, end, CN_HOLIDAYS_2025)).toBe(n);
      }
    }
    expect(workingDaysBetween('2025-03-14', '2025-03-14')).toBe(0);
    expect(workingDaysBetween('2025-03-14', '2025-03-17')).toBe(1);
    expect(workingDaysBetween('2025-03-17', '2025-03-14')).toBe(-1);
  });

  it('a different calendar gives a different answer (configuration, not code)', () => {
    const localDay: HolidayCalendar = { name: 'local', holidays: ['2025-03-17'], workdays: [] };
    expect(addWorkingDays('2025-03-14', 1, localDay)).toBe('2025-03-18');
  });

  it('rejects impossible dates and contradictory calendars', () => {
    expect(() => parseIsoDate('2025-02-29')).toThrow(InvalidDateError);
    expect(() => parseIsoDate('2024-02-30')).toThrow(/is not a date: use YYYY-MM-DD/);
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => addWorkingDays('14/03/2025', 1)).toThrow(InvalidDateError);
    const broken: HolidayCalendar = {
      name: 'broken',
      holidays: ['2025-05-01'],
      workdays: ['2025-05-01'],
    };
    expect(() => isWorkingDay('2025-05-02', broken)).toThrow(/both a holiday and a working day/);
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
