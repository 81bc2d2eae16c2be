// The numbers of DOMAIN.md "Complaints" as data: every one comes from config with the national
// value as its default (安全生产领域举报奖励办法 2018), never a literal buried in a rule. The
// local time limits (DOMAIN.md, *local*: reply within 5 working days, close within 30 days,
// up to 90 with approval) come with the working-day calendar of the configured holidays.
import { WEEKDAYS_ONLY, type HolidayCalendar } from '@yiwang/contracts';

/** Deadline settings, in calendar days. */
export interface DeadlinePolicy {
  /** Verify within this many days of acceptance (national: 60). */
  readonly verifyDays: number;
  /** One extension of at most this many days (national: 30). */
  readonly maxExtensionDays: number;
  /** Feedback to the reporter within this many days after verification (national: 10). */
  readonly feedbackDays: number;
  /** Reward claimed within this many days of notice, else forfeited (national: 60). */
  readonly claimDays: number;
  /** A `due-soon` notice is emitted this many days before a due date. */
  readonly dueSoonDays: number;
  /** *local*: the reporter gets an answer (accepted or not) within N working days (5). */
  readonly replyWorkingDays: number;
  /** The reply's `due-soon` notice, N calendar days before (1: the limit itself is short). */
  readonly replyDueSoonDays: number;
  /** *local*: a report is concluded (办结: feedback given) within N days of acceptance (30). */
  readonly concludeDays: number;
  /** *local*: … or within at most N days with a supervisor's approval (90). */
  readonly concludeMaxDays: number;
  /** Working days: weekdays minus holidays plus make-up workdays (调休), from config. */
  readonly calendar: HolidayCalendar;
}

/** The national defaults. */
export const NATIONAL_DEADLINES: DeadlinePolicy = {
  verifyDays: 60,
  maxExtensionDays: 30,
  feedbackDays: 10,
  claimDays: 60,
  dueSoonDays: 7,
  replyWorkingDays: 5,
  replyDueSoonDays: 1,
  concludeDays: 30,
  concludeMaxDays: 90,
  calendar: WEEKDAYS_ONLY,
};

/** What every command gets besides its own fields: the clock, the actor and the policy. */
export interface CommandContext {
  /** RFC 3339 instant of the command. */
  readonly at: string;
  /** The bureau's calendar date of `at` (Asia/Shanghai), `YYYY-MM-DD`. */
  readonly today: string;
  /** Who acts (JWT sub, or `system:<name>`). */
  readonly by: string;
  readonly deadlines: DeadlinePolicy;
}
