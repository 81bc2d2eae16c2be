// Calendar arithmetic on ISO dates the credit rules need (months and years on the list).
import type { IsoDate } from '@yiwang/contracts';

/** The date `months` calendar months after `date`, clamped to the month's last day. */
export function addMonths(date: string, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
