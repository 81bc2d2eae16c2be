// Rules and builders shared by the domain specs (not used by the service).
import { CN_HOLIDAYS_2025 } from '@yiwang/contracts';
import type { Application } from './application.js';
import type { PermitRules } from './rules.js';

/** DOMAIN.md's defaults with the 2025 State Council holiday calendar. */
export const RULES: PermitRules = {
  noticeWorkingDays: 5,
  supplementDays: 30,
  limits: {
    'hazchem-operation': { days: 45, kind: 'calendar' },
    'hazchem-construction-review': { days: 20, kind: 'working' },
    'production-first-review': { days: 45, kind: 'calendar' },
  },
  localCompression: 0.3334,
  minInspectors: 2,
  validityYears: 3,
  renewalNoticeMonths: 3,
  renewalReminderDays: 30,
  appealReviewDays: 60,
  appealLitigationMonths: 6,
  authority: '湖州市应急管理局',
  calendar: CN_HOLIDAYS_2025,
};

/** A submitted application of `type`. */
export function submitted(overrides: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    number: 'HZ-SQ-2025-000001-ABCD',
    uscc: '91330502000000101X',
    region: '330502',
    enterpriseName: '湖州安泰化工有限公司',
    industry: 'hazardous-chemicals',
    highRisk: true,
    licenceType: 'hazchem-operation',
    kind: 'new',
    scope: '汽油',
    evidence: {},
    status: 'submitted',
    createdAt: '2025-09-20T01:00:00Z',
    submittedAt: '2025-09-22T01:00:00Z',
    receivedOn: '2025-09-22',
    noticeDueBy: '2025-09-29',
    notes: [],
    version: 3,
    ...overrides,
  };
}
