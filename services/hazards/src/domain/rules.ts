// The numbers of the hazard rules, as configuration (DOMAIN.md: every number is config).
import type { HolidayCalendar } from '@yiwang/contracts';

/** Configured rules the decide functions apply. */
export interface HazardRules {
  /** Default rectification deadline of a general hazard, in days (*default* 7). */
  readonly generalDeadlineDays: number;
  /** A listing (挂牌督办) deadline is at most this many months after listing (1 year). */
  readonly listingMaxMonths: number;
  /** An extension is requested at least this many working days before the deadline (20). */
  readonly extensionMinWorkingDays: number;
  /** The bureau decides an extension within this many working days (10). */
  readonly extensionDecisionWorkingDays: number;
  /** On-site review within this many days of a resumption application (10). */
  readonly reviewDays: number;
  /** A due-soon reminder goes out this many days before a rectification deadline (*default* 3). */
  readonly dueSoonDays: number;
  /** Working-day calendar (holidays and make-up days). */
  readonly calendar: HolidayCalendar;
}
