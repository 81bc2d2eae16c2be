// Events of the `insurance` context: 安全生产责任保险 policies, compliance of high-risk
// enterprises, insurers' prevention services and claims (应急〔2025〕27号).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { IndustrySchema } from '../values/industry.js';
import { FenSchema } from '../values/money.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';
import { Attachments, Closed, Count, Id, StaffText, StringEnum } from './fields.js';

const policyId = Id('Policy id');
const complianceId = Id('Compliance case id');
const Percent = (description: string) => Type.Integer({ minimum: -100, maximum: 100, description });

/** `yiwang.insurance.policy.issued.v1` (internal). */
export const policyIssued = defineEvent({
  context: 'insurance',
  aggregate: 'policy',
  event: 'issued',
  classification: 'internal',
  description:
    'A work-safety liability policy was issued, with its cover and floating premium (every employee insured at the same sum).',
  schema: Closed({
    policyId,
    policyNumber: StaffText(64, 'Insurer’s policy number'),
    insurer: UsccSchema,
    insurerName: StaffText(100, 'Insurer name'),
    industry: IndustrySchema,
    insuredEmployees: Count('Employees insured'),
    cover: Closed({
      deathOrDisabilityPerPersonFen: FenSchema,
      thirdPartyFen: Type.Optional(FenSchema),
      rescueFen: Type.Optional(FenSchema),
      medicalFen: Type.Optional(FenSchema),
      legalCostsFen: Type.Optional(FenSchema),
    }),
    basePremiumFen: FenSchema,
    floatingAdjustmentPercent: Percent('Floating premium adjustment, e.g. −10 or +20'),
    premiumFen: FenSchema,
    preventionBudgetFen: FenSchema,
    startsOn: IsoDateSchema,
    endsOn: IsoDateSchema,
  }),
});

/** `yiwang.insurance.policy.renewed.v1` (internal). */
export const policyRenewed = defineEvent({
  context: 'insurance',
  aggregate: 'policy',
  event: 'renewed',
  classification: 'internal',
  description: 'A policy was renewed for a new term with a recomputed floating premium.',
  schema: Closed({
    policyId,
    previousPolicyId: policyId,
    policyNumber: StaffText(64, 'Insurer’s policy number'),
    insuredEmployees: Count('Employees insured'),
    floatingAdjustmentPercent: Percent('Floating premium adjustment'),
    premiumFen: FenSchema,
    startsOn: IsoDateSchema,
    endsOn: IsoDateSchema,
  }),
});

/** `yiwang.insurance.policy.lapsed.v1` (internal). */
export const policyLapsed = defineEvent({
  context: 'insurance',
  aggregate: 'policy',
  event: 'lapsed',
  classification: 'internal',
  description: 'A policy ended without renewal.',
  schema: Closed({
    policyId,
    endedOn: IsoDateSchema,
    lapsedAt: TimestampSchema,
  }),
});

/** `yiwang.insurance.policy.cancelled.v1` (internal). */
export const policyCancelled = defineEvent({
  context: 'insurance',
  aggregate: 'policy',
  event: 'cancelled',
  classification: 'internal',
  description: 'A policy was cancelled (allowed only when the enterprise closes).',
  schema: Closed({
    policyId,
    reason: StringEnum(['enterprise-closed', 'insurer-terminated', 'other']),
    effectiveOn: IsoDateSchema,
    cancelledAt: TimestampSchema,
  }),
});

/** `yiwang.insurance.compliance.violated.v1` (internal). */
export const complianceViolated = defineEvent({
  context: 'insurance',
  aggregate: 'compliance',
  event: 'violated',
  classification: 'internal',
  description:
    'A high-risk enterprise has no adequate active policy: a violation case and a permit blocker.',
  schema: Closed({
    complianceId,
    industry: IndustrySchema,
    reason: StringEnum(['no-policy', 'policy-lapsed', 'insufficient-cover', 'not-all-employees']),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.insurance.compliance.restored.v1` (internal). */
export const complianceRestored = defineEvent({
  context: 'insurance',
  aggregate: 'compliance',
  event: 'restored',
  classification: 'internal',
  description: 'A non-compliant enterprise is insured again.',
  schema: Closed({
    complianceId,
    policyId,
    restoredAt: TimestampSchema,
  }),
});

/** `yiwang.insurance.compliance.ended.v1` (internal). */
export const complianceEnded = defineEvent({
  context: 'insurance',
  aggregate: 'compliance',
  event: 'ended',
  classification: 'internal',
  description:
    'A non-compliant enterprise no longer needs a policy (it closed, or the directory no longer lists it as high-risk): its violation case ends without a policy.',
  schema: Closed({
    complianceId,
    reason: StringEnum(['enterprise-closed', 'not-high-risk']),
    endedAt: TimestampSchema,
  }),
});

/** `yiwang.insurance.prevention.finding-reported.v1` (internal). */
export const preventionFindingReported = defineEvent({
  context: 'insurance',
  aggregate: 'prevention',
  event: 'finding-reported',
  classification: 'internal',
  description:
    'An insurer’s prevention visit found a hazard; hazards opens a case (source = insurer prevention).',
  schema: Closed({
    findingId: Id('Finding id'),
    visitId: Id('Prevention visit id'),
    policyId,
    insurer: UsccSchema,
    visitedOn: IsoDateSchema,
    suggestedLevel: StringEnum(['general', 'major']),
    summary: StaffText(500, 'Summary written by the insurer’s safety engineer'),
    photos: Attachments('Photos'),
    reportedAt: TimestampSchema,
  }),
});

/** `yiwang.insurance.claim.recorded.v1` (restricted). */
export const claimRecorded = defineEvent({
  context: 'insurance',
  aggregate: 'claim',
  event: 'recorded',
  classification: 'restricted',
  description:
    'A claim under a policy was recorded (counts and amounts only, no injured persons’ data).',
  schema: Closed({
    claimId: Id('Claim id'),
    policyId,
    accidentId: Type.Optional(Id('Accident id (hazards)')),
    occurredOn: IsoDateSchema,
    deaths: Count('Deaths'),
    disabilities: Count('Disabilities'),
    injuries: Count('Other injuries'),
    thirdPartyVictims: Count('Third-party victims'),
    reservedFen: FenSchema,
    paidFen: FenSchema,
    recordedAt: TimestampSchema,
  }),
});

/** Every event of the insurance context. */
export const insuranceEvents = [
  policyIssued,
  policyRenewed,
  policyLapsed,
  policyCancelled,
  complianceViolated,
  complianceRestored,
  complianceEnded,
  preventionFindingReported,
  claimRecorded,
];
