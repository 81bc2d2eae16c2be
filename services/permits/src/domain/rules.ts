// The numbers of the permit rules, as configuration (DOMAIN.md: every number is config).
import type { HolidayCalendar } from '@yiwang/contracts';
import type { LicenceType } from './conditions.js';

/** Calendar days or working days (行政许可法 art. 82 counts working days). */
export type DayKind = 'calendar' | 'working';

/** A statutory limit: a number of days of a kind. */
export interface Limit {
  readonly days: number;
  readonly kind: DayKind;
}

/** Configured rules the decide functions apply. */
export interface PermitRules {
  /** Defects are told in one notice within this many working days (5). */
  readonly noticeWorkingDays: number;
  /** The applicant supplements within this many days of the notice (*default* 30). */
  readonly supplementDays: number;
  /** Statutory decision limit per type (45 days; construction review 20 working days). */
  readonly limits: Readonly<Record<LicenceType, Limit>>;
  /** Share of each limit the local rule takes off (*local*: one-third to one-half). */
  readonly localCompression: number;
  /** A site inspection needs at least this many inspectors (2). */
  readonly minInspectors: number;
  /** A licence is valid this many years (3). */
  readonly validityYears: number;
  /** Renewal is filed this many months before expiry (3). */
  readonly renewalNoticeMonths: number;
  /** The renewal-due notice goes out this many days before renewal is due (*default* 30). */
  readonly renewalReminderDays: number;
  /** Appeal periods: reconsideration in days (60), litigation in months (6). */
  readonly appealReviewDays: number;
  readonly appealLitigationMonths: number;
  /** The deciding authority. */
  readonly authority: string;
  /** Working-day calendar (holidays and make-up days). */
  readonly calendar: HolidayCalendar;
}
