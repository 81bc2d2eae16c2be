// Maps the configuration to the domain's rules (the calendar from two date lists).
import type { Config } from '../config.js';
import { ACCIDENT_THRESHOLDS_2007, type AccidentRules } from '../domain/accident.js';
import type { InstallationRules } from '../domain/decide-installation.js';
import { GB18218_2018 } from '../domain/installation-grade.js';
import type { FilingRules } from '../domain/periods.js';
import type { HazardRules } from '../domain/rules.js';

/** The hazard rules of this deployment. */
export function rulesFromConfig(config: Config): HazardRules {
  return {
    generalDeadlineDays: config.HAZARDS_GENERAL_DEADLINE_DAYS,
    listingMaxMonths: config.HAZARDS_LISTING_MAX_MONTHS,
    extensionMinWorkingDays: config.HAZARDS_EXTENSION_MIN_WORKING_DAYS,
    extensionDecisionWorkingDays: config.HAZARDS_EXTENSION_DECISION_WORKING_DAYS,
    reviewDays: config.HAZARDS_REVIEW_DAYS,
    dueSoonDays: config.HAZARDS_DUE_SOON_DAYS,
    calendar: {
      name: 'HAZARDS_HOLIDAYS',
      holidays: config.HAZARDS_HOLIDAYS,
      workdays: config.HAZARDS_MAKEUP_WORKDAYS,
    },
  };
}

/** The accident rules of this deployment (thresholds: the 2007 regulation, art. 3). */
export function accidentRulesFromConfig(config: Config): AccidentRules {
  return {
    thresholds: ACCIDENT_THRESHOLDS_2007,
    reportWithinMinutes: config.HAZARDS_ACCIDENT_REPORT_MINUTES,
    revisionDays: config.HAZARDS_ACCIDENT_REVISION_DAYS,
    revisionDaysRoadOrFire: config.HAZARDS_ACCIDENT_REVISION_DAYS_ROAD_FIRE,
  };
}

/** The installation rules of this deployment (grades: GB 18218-2018 table 4). */
export function installationRulesFromConfig(config: Config): InstallationRules {
  return {
    thresholds: GB18218_2018,
    reassessYears: config.HAZARDS_INSTALLATION_REASSESS_YEARS,
    dueLeadDays: config.HAZARDS_INSTALLATION_DUE_LEAD_DAYS,
  };
}

/** When statistics are due (15th after the quarter, 31 January after the year). */
export function filingRulesFromConfig(config: Config): FilingRules {
  return {
    quarterDueDay: config.HAZARDS_STATS_QUARTER_DUE_DAY,
    annualDue: config.HAZARDS_STATS_ANNUAL_DUE,
  };
}
