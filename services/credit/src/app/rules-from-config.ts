// Maps the configuration to the domain's rules (the calendar from two date lists).
import type { Config } from '../config.js';
import type { CreditRules } from '../domain/rules.js';

/** The credit rules of this deployment. */
export function rulesFromConfig(config: Config): CreditRules {
  return {
    ruleSet: config.CREDIT_RULE_SET,
    defenceWorkingDays: config.CREDIT_DEFENCE_WORKING_DAYS,
    listingYears: config.CREDIT_LISTING_YEARS,
    earlyRemovalMonths: config.CREDIT_EARLY_REMOVAL_MONTHS,
    largerAccidents: config.CREDIT_LARGER_ACCIDENTS,
    largerAccidentWindowMonths: config.CREDIT_LARGER_ACCIDENT_WINDOW_MONTHS,
    badRecordMonths: config.CREDIT_BAD_RECORD_MONTHS,
    badRecordDrop: config.CREDIT_BAD_RECORD_DROP,
    badRecordInspectionsPerYear: config.CREDIT_BAD_RECORD_INSPECTIONS,
    listedSpotCheckMonths: config.CREDIT_LISTED_SPOT_CHECK_MONTHS,
    restoreRestartsTerm: config.CREDIT_RESTORE_RESTARTS_TERM,
    calendar: {
      name: 'CREDIT_HOLIDAYS',
      holidays: config.CREDIT_HOLIDAYS,
      workdays: config.CREDIT_MAKEUP_WORKDAYS,
    },
  };
}
