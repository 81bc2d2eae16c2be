// Time arithmetic on ISO strings and epoch milliseconds; the clock itself comes from outside.

/** Business date (YYYY-MM-DD) in China Standard Time (UTC+8, no daylight saving). */
export function businessDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const units: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** Parses `5s`, `30m`, `2h`, `250ms` to milliseconds. @throws {RangeError} */
export function parseDuration(text: string): number {
  const match = /^([0-9]+)(ms|s|m|h)$/.exec(text);
  const unit = match?.[2] === undefined ? undefined : units[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new RangeError(`"${text}" is not a duration like 5s, 30m or 2h`);
  }
  return Number(match[1]) * unit;
}

/** `at` plus `hours`. */
export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 3_600_000);
}
