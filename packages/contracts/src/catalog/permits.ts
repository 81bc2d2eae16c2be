// Events of the `permits` context: applications, licences (3-year validity) and the public
// progress feed (最多跑一次). 安全生产许可证条例; 危险化学品经营许可证管理办法 (总局令第55号).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { IndustrySchema } from '../values/industry.js';
import { UsccSchema } from '../values/uscc.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { Actor, Closed, DocumentNumber, Id, StaffText, StringEnum } from './fields.js';

const applicationId = Id('Application id');
const licenceId = Id('Licence id');
const LicenceType = StringEnum(
  ['hazchem-operation', 'hazchem-construction-review', 'production-first-review'],
  'Hazardous-chemicals operation licence, construction project safety review, or first-stage review of a production licence',
);
/** The thirteen conditions of the checklist. */
const Condition = StringEnum([
  'responsibility-system',
  'safety-budget',
  'safety-staff',
  'trained-principal',
  'certified-special-operators',
  'staff-training',
  'injury-insurance',
  'compliant-premises',
  'occupational-health',
  'safety-evaluation',
  'major-hazard-monitoring',
  'emergency-plan',
  'other',
]);
const Outcome = StringEnum(['pass', 'fail']);
const Stage = StringEnum(
  ['condition-review', 'design-review', 'completion-acceptance'],
  'Stage of a construction project safety review (安全条件审查, 安全设施设计审查, 竣工验收)',
);

/** `yiwang.permits.application.submitted.v1` (internal). */
export const applicationSubmitted = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'submitted',
  classification: 'internal',
  description: 'An enterprise submitted a licence application (new, renewal or change).',
  schema: Closed({
    applicationId,
    licenceType: LicenceType,
    kind: StringEnum(['new', 'renewal', 'change']),
    enterpriseName: StaffText(100, 'Enterprise name'),
    industry: IndustrySchema,
    channel: StringEnum(['online', 'counter']),
    submittedAt: TimestampSchema,
    applicationNumber: Type.Optional(Id('Public application number (tracking)')),
    stage: Type.Optional(Stage),
    previousLicenceId: Type.Optional(Id('Licence renewed or changed')),
  }),
});

/** `yiwang.permits.application.supplement-requested.v1` (internal). */
export const applicationSupplementRequested = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'supplement-requested',
  classification: 'internal',
  description:
    'The applicant was told every missing item in one notice (at once or within 5 days).',
  schema: Closed({
    applicationId,
    missing: Type.Array(Condition, { minItems: 1, uniqueItems: true }),
    noticeNumber: Type.Optional(DocumentNumber()),
    requestedAt: TimestampSchema,
    dueBy: IsoDateSchema,
  }),
});

/** `yiwang.permits.application.accepted.v1` (internal). */
export const applicationAccepted = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'accepted',
  classification: 'internal',
  description: 'An application was accepted (受理); the decision deadline starts.',
  schema: Closed({
    applicationId,
    acceptedAt: TimestampSchema,
    decisionDueBy: IsoDateSchema,
    limitDays: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Statutory limit after the local compression' }),
    ),
    dayKind: Type.Optional(StringEnum(['calendar', 'working'])),
    deemed: Type.Optional(
      Type.Boolean({ description: 'Deemed accepted: no defect notice within the notice period' }),
    ),
  }),
});

/** `yiwang.permits.application.credit-checked.v1` (internal). */
export const applicationCreditChecked = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'credit-checked',
  classification: 'internal',
  description:
    'Pre-decision checks ran: credit listing (veto), mandatory insurance for high-risk industries, overdue major hazards.',
  schema: Closed({
    applicationId,
    listed: Type.Boolean(),
    insuranceRequired: Type.Boolean(),
    insuranceActive: Type.Boolean(),
    overdueMajorHazards: Type.Integer({ minimum: 0 }),
    result: StringEnum(['clear', 'veto']),
    vetoReasons: Type.Array(
      StringEnum(['credit-listed', 'insurance-missing', 'overdue-major-hazard']),
      {
        uniqueItems: true,
      },
    ),
    checkedAt: TimestampSchema,
  }),
});

/** `yiwang.permits.application.reviewed.v1` (internal). */
export const applicationReviewed = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'reviewed',
  classification: 'internal',
  description: 'The documents were reviewed against the thirteen conditions.',
  schema: Closed({
    applicationId,
    conditions: Type.Array(Closed({ condition: Condition, met: Type.Boolean() }), {
      minItems: 1,
      maxItems: 13,
    }),
    result: Outcome,
    reviewedAt: TimestampSchema,
    reviewedBy: Actor(),
  }),
});

/** `yiwang.permits.application.inspected.v1` (internal). */
export const applicationInspected = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'inspected',
  classification: 'internal',
  description: 'The premises were inspected on site.',
  schema: Closed({
    applicationId,
    result: StringEnum(['pass', 'fail', 'rectify']),
    findings: Type.Optional(StaffText(1000, 'Findings')),
    inspectors: Type.Array(Actor('Inspector id'), { minItems: 1, maxItems: 10 }),
    inspectedAt: TimestampSchema,
  }),
});

/** `yiwang.permits.application.decided.v1` (internal). */
export const applicationDecided = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'decided',
  classification: 'internal',
  description: 'The application was granted or refused.',
  schema: Closed({
    applicationId,
    decision: StringEnum(['granted', 'refused']),
    decisionNumber: DocumentNumber(),
    reason: Type.Optional(StaffText(1000, 'Reason, required when refused')),
    licenceId: Type.Optional(licenceId),
    decidedAt: TimestampSchema,
    decidedBy: Actor(),
    vetoReasons: Type.Optional(
      Type.Array(StringEnum(['credit-listed', 'insurance-missing', 'overdue-major-hazard']), {
        uniqueItems: true,
      }),
    ),
    appealInformation: Type.Optional(
      StaffText(500, 'How and by when the applicant may appeal (行政复议 / 行政诉讼)'),
    ),
  }),
});

/** `yiwang.permits.application.expert-review-started.v1` (internal). */
export const applicationExpertReviewStarted = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'expert-review-started',
  classification: 'internal',
  description: 'An expert review (专家评审) started; the statutory clock is paused meanwhile.',
  schema: Closed({
    applicationId,
    experts: Type.Integer({ minimum: 1, maximum: 50, description: 'Number of experts' }),
    startedAt: TimestampSchema,
  }),
});

/** `yiwang.permits.application.expert-review-completed.v1` (internal). */
export const applicationExpertReviewCompleted = defineEvent({
  context: 'permits',
  aggregate: 'application',
  event: 'expert-review-completed',
  classification: 'internal',
  description: 'The expert review ended; the clock runs again with the paused days added.',
  schema: Closed({
    applicationId,
    conclusion: Outcome,
    pausedDays: Type.Integer({ minimum: 0 }),
    decisionDueBy: IsoDateSchema,
    completedAt: TimestampSchema,
  }),
});

/** `yiwang.permits.violation.recorded.v1` (internal). */
export const violationRecorded = defineEvent({
  context: 'permits',
  aggregate: 'violation',
  event: 'recorded',
  classification: 'internal',
  description:
    'A licensing violation was found (operating without a licence, while suspended or revoked, beyond its scope); credit records it.',
  schema: Closed({
    violationId: Id('Violation id'),
    uscc: UsccSchema,
    kind: StringEnum([
      'unlicensed-operation',
      'operating-while-suspended',
      'operating-while-revoked',
      'beyond-scope',
      'licence-forged-or-lent',
      'other',
    ]),
    licenceId: Type.Optional(licenceId),
    penaltyDecisionNumber: Type.Optional(DocumentNumber('Penalty decision number')),
    decidingDepartment: StaffText(100, 'Department that found the violation'),
    summary: StaffText(500, 'What was found'),
    foundAt: TimestampSchema,
    recordedBy: Actor(),
  }),
});

/** `yiwang.permits.licence.issued.v1` (public). */
export const licenceIssued = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'issued',
  classification: 'public',
  description: 'A licence was issued, valid for 3 years.',
  schema: Closed({
    licenceId,
    licenceNumber: DocumentNumber('Licence number'),
    licenceType: LicenceType,
    applicationId,
    enterpriseName: StaffText(100, 'Enterprise name'),
    industry: IndustrySchema,
    scope: StaffText(500, 'Licensed scope (许可范围)'),
    validFrom: IsoDateSchema,
    validUntil: IsoDateSchema,
  }),
});

/** `yiwang.permits.licence.renewal-due.v1` (internal). */
export const licenceRenewalDue = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'renewal-due',
  classification: 'internal',
  description: 'A licence must be renewed: the application is due 3 months before expiry.',
  schema: Closed({
    licenceId,
    validUntil: IsoDateSchema,
    renewalDueBy: IsoDateSchema,
    noFatalAccidentInTerm: Type.Boolean({ description: 'Eligible for renewal without review' }),
  }),
});

/** `yiwang.permits.licence.renewed.v1` (public). */
export const licenceRenewed = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'renewed',
  classification: 'public',
  description: 'A licence was renewed for another 3 years.',
  schema: Closed({
    licenceId,
    licenceNumber: DocumentNumber('Licence number'),
    applicationId,
    withoutReview: Type.Boolean(),
    validFrom: IsoDateSchema,
    validUntil: IsoDateSchema,
  }),
});

/** `yiwang.permits.licence.suspended.v1` (public). */
export const licenceSuspended = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'suspended',
  classification: 'public',
  description: 'A licence was suspended (暂扣), e.g. for an overdue major hazard.',
  schema: Closed({
    licenceId,
    reason: StringEnum([
      'overdue-major-hazard',
      'credit-listed',
      'insurance-lapsed',
      'violation',
      'other',
    ]),
    decisionNumber: DocumentNumber(),
    suspendedAt: TimestampSchema,
    until: Type.Optional(IsoDateSchema),
  }),
});

/** `yiwang.permits.licence.reinstated.v1` (public). */
export const licenceReinstated = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'reinstated',
  classification: 'public',
  description: 'A suspended licence was reinstated.',
  schema: Closed({
    licenceId,
    decisionNumber: DocumentNumber(),
    reinstatedAt: TimestampSchema,
  }),
});

/** `yiwang.permits.licence.revoked.v1` (public). */
export const licenceRevoked = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'revoked',
  classification: 'public',
  description: 'A licence was revoked (吊销).',
  schema: Closed({
    licenceId,
    decisionNumber: DocumentNumber(),
    reason: StaffText(500, 'Reason'),
    revokedAt: TimestampSchema,
  }),
});

/** `yiwang.permits.licence.cancelled.v1` (public). */
export const licenceCancelled = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'cancelled',
  classification: 'public',
  description: 'A licence was cancelled (注销), e.g. because the enterprise closed.',
  schema: Closed({
    licenceId,
    reason: StringEnum(['enterprise-closed', 'surrendered', 'business-ended', 'other']),
    cancelledAt: TimestampSchema,
  }),
});

/** `yiwang.permits.licence.expired.v1` (public). */
export const licenceExpired = defineEvent({
  context: 'permits',
  aggregate: 'licence',
  event: 'expired',
  classification: 'public',
  description: 'A licence expired without renewal.',
  schema: Closed({
    licenceId,
    expiredOn: IsoDateSchema,
  }),
});

/** `yiwang.permits.progress.recorded.v1` (public). */
export const progressRecorded = defineEvent({
  context: 'permits',
  aggregate: 'progress',
  event: 'recorded',
  classification: 'public',
  description: 'A public progress entry of an application (最多跑一次); one per step.',
  schema: Closed({
    applicationId,
    step: StringEnum([
      'submitted',
      'supplement-requested',
      'accepted',
      'credit-checked',
      'reviewed',
      'inspected',
      'decided',
      'licence-issued',
      'supplement-provided',
      'expert-review-started',
      'expert-review-completed',
      'licence-renewed',
    ]),
    status: StringEnum(['in-progress', 'waiting-for-applicant', 'completed', 'refused']),
    note: Type.Optional(StaffText(200, 'Public note')),
    recordedAt: TimestampSchema,
    nextDeadline: Type.Optional(IsoDateSchema),
  }),
});

/** Every event of the permits context. */
export const permitsEvents = [
  applicationSubmitted,
  applicationSupplementRequested,
  applicationAccepted,
  applicationCreditChecked,
  applicationReviewed,
  applicationInspected,
  applicationDecided,
  applicationExpertReviewStarted,
  applicationExpertReviewCompleted,
  violationRecorded,
  licenceIssued,
  licenceRenewalDue,
  licenceRenewed,
  licenceSuspended,
  licenceReinstated,
  licenceRevoked,
  licenceCancelled,
  licenceExpired,
  progressRecorded,
];
