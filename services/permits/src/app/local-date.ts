// The calendar date of an instant in China Standard Time (UTC+8, no daylight saving):
// statutory limits count days of the local calendar.
const CST_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` of `at` in UTC+8. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a local date begins (00:00 UTC+8). */
export function startOfLocalDate(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`));
}
