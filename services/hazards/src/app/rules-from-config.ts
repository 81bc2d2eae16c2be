// Maps the configuration to the domain's rules (the calendar from two date lists).
import type { Config } from '../config.js';
import { ACCIDENT_THRESHOLDS_2007, type AccidentRules } from '../domain/accident.js';
import type { HazardRules } from '../domain/rules.js';

/** The hazard rules of this deployment. */
export function rulesFromConfig(config: Config): HazardRules {
  return {
    generalDeadlineDays: config.HAZARDS_GENERAL_DEADLINE_DAYS,
    listingMaxMonths: config.HAZARDS_LISTING_MAX_MONTHS,
    extensionMinWorkingDays: config.HAZARDS_EXTENSION_MIN_WORKING_DAYS,
    extensionDecisionWorkingDays: config.HAZARDS_EXTENSION_DECISION_WORKING_DAYS,
    reviewDays: config.HAZARDS_REVIEW_DAYS,
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
