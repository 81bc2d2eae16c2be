import { Type } from '@sinclair/typebox';

/** RFC 3339 date-time with an explicit offset (`Z` or `±hh:mm`). */
export const TIMESTAMP_PATTERN =
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$';

/** Calendar date `YYYY-MM-DD` (ISO 8601). */
export const ISO_DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

/** TypeBox schema of an RFC 3339 timestamp (business time). */
export const TimestampSchema = Type.String({
  pattern: TIMESTAMP_PATTERN,
  description: 'RFC 3339 date-time with offset',
  examples: ['2025-03-14T09:30:00+08:00'],
});

/** TypeBox schema of a calendar date `YYYY-MM-DD`. */
export const IsoDateSchema = Type.String({
  pattern: ISO_DATE_PATTERN,
  description: 'Calendar date YYYY-MM-DD',
  examples: ['2025-03-14'],
});

/** True when `value` is an RFC 3339 timestamp naming a real instant (no 31 February). */
export function isTimestamp(value: string): boolean {
  if (!new RegExp(TIMESTAMP_PATTERN).test(value)) return false;
  return isRealDate(value.slice(0, 10));
}

/** True when a `YYYY-MM-DD` string names a real calendar day. */
export function isRealDate(value: string): boolean {
  if (!new RegExp(ISO_DATE_PATTERN).test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
