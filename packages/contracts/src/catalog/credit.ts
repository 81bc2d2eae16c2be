// Events of the `credit` context: bad records (不良记录), the 严重失信主体名单 (应急管理部令第11号,
// 2023), ratings and joint-punishment measures.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';
import { Actor, Closed, DocumentNumber, Id, StaffText, StringEnum } from './fields.js';

const listingId = Id('Listing case id');
const CreditSubject = Closed(
  {
    kind: StringEnum(['enterprise', 'responsible-person', 'agency']),
    uscc: UsccSchema,
    personId: Type.Optional(Id('Credit-service id of a responsible person (no ID number)')),
    name: StaffText(100, 'Name as published (enterprise, agency or responsible person)'),
  },
  'Who the record is about; a responsible person is given with their enterprise’s USCC',
);
const ListingCriterion = StringEnum(
  [
    'major-accident',
    'two-larger-accidents-in-12-months',
    'accident-concealment',
    'unlicensed-operation',
    'false-agency-report',
    'qualification-rental',
    'other',
  ],
  'Listing criterion (应急管理部令第11号 art. 5–6)',
);
const RatingLevel = Type.Integer({
  minimum: 1,
  maximum: 4,
  description: 'Rating level 1 (best)–4',
});

/** `yiwang.credit.record.created.v1` (internal). */
export const recordCreated = defineEvent({
  context: 'credit',
  aggregate: 'record',
  event: 'created',
  classification: 'internal',
  description:
    'A bad credit record (不良记录) was created, e.g. for an overdue or refused hazard order or a permit violation.',
  schema: Closed({
    recordId: Id('Credit record id'),
    subject: CreditSubject,
    trigger: StringEnum([
      'hazard-overdue',
      'order-refused',
      'permit-violation',
      'accident',
      'accident-concealment',
      'insurance-violation',
      'other',
    ]),
    triggerRef: Id('Id of the triggering case (hazard, accident, licence …)'),
    penaltyDecisionNumber: Type.Optional(DocumentNumber('Penalty decision number')),
    decidingDepartment: StaffText(100, 'Department that imposed the penalty'),
    recordedAt: TimestampSchema,
    kind: Type.Optional(
      StringEnum(
        ['penalty', 'bad-record', 'listing-decision', 'good-conduct'],
        'Kind of record (absent: bad-record)',
      ),
    ),
    accidentLevel: Type.Optional(
      StringEnum(['general', 'larger', 'major', 'especially-major'], 'Level of an accident record'),
    ),
    evidenceEventId: Type.Optional(Id('Id of the event the record was made from')),
  }),
});

/** `yiwang.credit.listing.proposed.v1` (internal). */
export const listingProposed = defineEvent({
  context: 'credit',
  aggregate: 'listing',
  event: 'proposed',
  classification: 'internal',
  description: 'A department proposed listing a subject as seriously untrustworthy.',
  schema: Closed({
    listingId,
    subject: CreditSubject,
    criterion: ListingCriterion,
    evidenceRefs: Type.Array(Id('Case id'), { minItems: 1, maxItems: 50 }),
    proposedBy: Actor(),
    proposedAt: TimestampSchema,
    criterionId: Type.Optional(Id('Rule id of the criterion met, e.g. mem11-2023:art6-2')),
    evidenceEventIds: Type.Optional(
      Type.Array(Id('Event id'), { maxItems: 50, description: 'Events the evidence came from' }),
    ),
  }),
});

/** `yiwang.credit.listing.noticed.v1` (internal). */
export const listingNoticed = defineEvent({
  context: 'credit',
  aggregate: 'listing',
  event: 'noticed',
  classification: 'internal',
  description: 'Notice of the intended listing was served; the subject may state a defence.',
  schema: Closed({
    listingId,
    noticeNumber: DocumentNumber(),
    servedAt: TimestampSchema,
    defenceDueBy: IsoDateSchema,
  }),
});

/** `yiwang.credit.listing.listed.v1` (public). */
export const listingListed = defineEvent({
  context: 'credit',
  aggregate: 'listing',
  event: 'listed',
  classification: 'public',
  description:
    'A subject was listed as seriously untrustworthy (published); triggers joint punishment and permit vetoes.',
  schema: Closed({
    listingId,
    subject: CreditSubject,
    criterion: ListingCriterion,
    decisionNumber: DocumentNumber(),
    decidingDepartment: StaffText(100, 'Department that decided the listing'),
    listedAt: TimestampSchema,
    earlyRemovalFrom: IsoDateSchema,
    expiresOn: IsoDateSchema,
  }),
});

/** `yiwang.credit.listing.removed.v1` (public). */
export const listingRemoved = defineEvent({
  context: 'credit',
  aggregate: 'listing',
  event: 'removed',
  classification: 'public',
  description: 'A listing ended (3 years elapsed, or the underlying decision was revoked).',
  schema: Closed({
    listingId,
    reason: StringEnum(['expired', 'decision-revoked']),
    removedAt: TimestampSchema,
  }),
});

/** `yiwang.credit.listing.removed-early.v1` (public). */
export const listingRemovedEarly = defineEvent({
  context: 'credit',
  aggregate: 'listing',
  event: 'removed-early',
  classification: 'public',
  description: 'A listing was removed early on application (allowed after 12 months).',
  schema: Closed({
    listingId,
    applicationId: Id('Early-removal application id'),
    decisionNumber: DocumentNumber(),
    removedAt: TimestampSchema,
  }),
});

/** `yiwang.credit.listing.restored.v1` (public). */
export const listingRestored = defineEvent({
  context: 'credit',
  aggregate: 'listing',
  event: 'restored',
  classification: 'public',
  description: 'An early removal obtained by fraud was revoked and the listing restored.',
  schema: Closed({
    listingId,
    reason: StringEnum(['fraud-in-early-removal']),
    decisionNumber: DocumentNumber(),
    restoredAt: TimestampSchema,
    expiresOn: IsoDateSchema,
  }),
});

/** `yiwang.credit.rating.changed.v1` (internal). */
export const ratingChanged = defineEvent({
  context: 'credit',
  aggregate: 'rating',
  event: 'changed',
  classification: 'internal',
  description:
    'The credit rating of an enterprise changed (levels 1–4 after the standardisation grade; a bad record drops one).',
  schema: Closed({
    uscc: UsccSchema,
    previousLevel: Type.Optional(RatingLevel),
    level: RatingLevel,
    reason: StringEnum([
      'standardisation-grade',
      'bad-record',
      'listed',
      'listing-removed',
      'annual-review',
      'bad-record-expired',
    ]),
    effectiveFrom: IsoDateSchema,
    changedAt: TimestampSchema,
  }),
});

/** `yiwang.credit.measure.issued.v1` (internal). */
export const measureIssued = defineEvent({
  context: 'credit',
  aggregate: 'measure',
  event: 'issued',
  classification: 'internal',
  description: 'Joint-punishment measures (联合惩戒) were issued for other departments to apply.',
  schema: Closed({
    measureId: Id('Measure id'),
    listingId: Type.Optional(listingId),
    recordId: Type.Optional(Id('Credit record id')),
    subject: CreditSubject,
    measures: Type.Array(
      StringEnum([
        'permit-veto',
        'insurance-premium-surcharge',
        'land-supply-limit',
        'procurement-exclusion',
        'subsidy-limit',
        'loan-limit',
        'award-exclusion',
        'more-inspections',
        'spot-check-and-interview',
      ]),
      { minItems: 1, uniqueItems: true },
    ),
    premiumSurchargePercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    targetDepartments: Type.Array(Id('Department id (exchange)'), { maxItems: 100 }),
    effectiveFrom: IsoDateSchema,
    effectiveUntil: Type.Optional(IsoDateSchema),
    issuedAt: TimestampSchema,
  }),
});

/** Every event of the credit context. */
export const creditEvents = [
  recordCreated,
  listingProposed,
  listingNoticed,
  listingListed,
  listingRemoved,
  listingRemovedEarly,
  listingRestored,
  ratingChanged,
  measureIssued,
];
