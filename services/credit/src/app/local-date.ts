// The calendar date of an instant in China Standard Time (UTC+8, no daylight saving):
// deadlines are local dates (总局令第16号 counts days of the calendar in force locally).
const CST_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` of `at` in UTC+8. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}
