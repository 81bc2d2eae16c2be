// Calendar dates of the bureau. China has one time zone without daylight saving (UTC+08:00), so
// a fixed offset is exact; deadlines are whole calendar days (安全生产领域举报奖励办法 2018).
import { addDays } from '@yiwang/contracts';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The Asia/Shanghai calendar date of an instant, `YYYY-MM-DD`. */
export function bureauDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function plusDays(date: string, days: number): string {
  return addDays(date, days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The bureau date of an RFC 3339 instant string. */
export function dateOf(instant: string): string {
  return bureauDate(new Date(instant));
}
