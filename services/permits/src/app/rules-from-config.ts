// Maps the configuration to the domain's rules (the calendar from two date lists).
import type { Config } from '../config.js';
import type { PermitRules } from '../domain/rules.js';

/** The permit rules of this deployment. */
export function rulesFromConfig(config: Config): PermitRules {
  return {
    noticeWorkingDays: config.PERMITS_NOTICE_WORKING_DAYS,
    supplementDays: config.PERMITS_SUPPLEMENT_DAYS,
    limits: {
      'hazchem-operation': {
        days: config.PERMITS_LIMIT_HAZCHEM_OPERATION,
        kind: config.PERMITS_LIMIT_HAZCHEM_OPERATION_KIND,
      },
      'hazchem-construction-review': {
        days: config.PERMITS_LIMIT_CONSTRUCTION_REVIEW,
        kind: config.PERMITS_LIMIT_CONSTRUCTION_REVIEW_KIND,
      },
      'production-first-review': {
        days: config.PERMITS_LIMIT_PRODUCTION_FIRST_REVIEW,
        kind: config.PERMITS_LIMIT_PRODUCTION_FIRST_REVIEW_KIND,
      },
    },
    localCompression: config.PERMITS_LOCAL_COMPRESSION,
    minInspectors: config.PERMITS_MIN_INSPECTORS,
    validityYears: config.PERMITS_LICENCE_VALIDITY_YEARS,
    renewalNoticeMonths: config.PERMITS_RENEWAL_NOTICE_MONTHS,
    renewalReminderDays: config.PERMITS_RENEWAL_REMINDER_DAYS,
    appealReviewDays: config.PERMITS_APPEAL_REVIEW_DAYS,
    appealLitigationMonths: config.PERMITS_APPEAL_LITIGATION_MONTHS,
    authority: config.PERMITS_AUTHORITY,
    calendar: {
      name: 'PERMITS_HOLIDAYS',
      holidays: config.PERMITS_HOLIDAYS,
      workdays: config.PERMITS_MAKEUP_WORKDAYS,
    },
  };
}
