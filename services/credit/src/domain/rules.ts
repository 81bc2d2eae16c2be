// The numbers of the credit rules, as configuration (DOMAIN.md: every number is config).
import type { HolidayCalendar } from '@yiwang/contracts';

/** Configured rules the decide functions apply (应急管理部令第11号, 2023). */
export interface CreditRules {
  /** Version of the rule set; a listing keeps the version it was proposed under. */
  readonly ruleSet: string;
  /** The subject may state a defence within N working days of the notice (5). */
  readonly defenceWorkingDays: number;
  /** Listed for N years, then removed automatically (3). */
  readonly listingYears: number;
  /** Early removal may be applied for after N months on the list (12). */
  readonly earlyRemovalMonths: number;
  /** N larger accidents … (2) */
  readonly largerAccidents: number;
  /** … within N months list a subject (12). */
  readonly largerAccidentWindowMonths: number;
  /** A bad record lowers the rating for N months (*default* 12). */
  readonly badRecordMonths: number;
  /** Levels a bad record drops (1). */
  readonly badRecordDrop: number;
  /** A subject with bad records is inspected at least N times a year (4). */
  readonly badRecordInspectionsPerYear: number;
  /** A listed subject is spot-checked every N months, its principal interviewed yearly (6). */
  readonly listedSpotCheckMonths: number;
  /** A restored listing runs a full new term (*default* true). */
  readonly restoreRestartsTerm: boolean;
  /** Working-day calendar (holidays and make-up days). */
  readonly calendar: HolidayCalendar;
}
