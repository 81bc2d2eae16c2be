// Request and response shapes of the credit routes (HTTP shapes, not domain types).
import { Type, type TSchema } from '@sinclair/typebox';
import { MEASURES, PURPOSES } from '../../domain/measures.js';
import { DocNumber, Enum, IdText, IsoDate, Obj, Region, SubjectId, Text, Uscc } from './common.js';

const S = Type.String();
const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

/** Kinds of credit subjects. */
export const SubjectKind = Enum(['enterprise', 'responsible-person', 'agency'] as const);
/** Kinds of records. */
export const RecordKind = Enum([
  'penalty',
  'bad-record',
  'listing-decision',
  'good-conduct',
] as const);
/** What caused a record (the contract's `trigger`). */
export const Trigger = Enum([
  'hazard-overdue',
  'order-refused',
  'permit-violation',
  'accident',
  'accident-concealment',
  'insurance-violation',
  'other',
] as const);
/** What a record establishes for the listing criteria. */
export const Fact = Enum([
  'accident',
  'accident-concealment',
  'unlicensed-operation',
  'false-agency-report',
  'qualification-rental',
] as const);
/** Accident levels (2007 regulation art. 3). */
export const AccidentLevel = Enum(['general', 'larger', 'major', 'especially-major'] as const);
/** Listing criteria (令第11号 art. 6–7). */
export const Criterion = Enum([
  'major-accident',
  'two-larger-accidents-in-12-months',
  'accident-concealment',
  'unlicensed-operation',
  'false-agency-report',
  'qualification-rental',
  'other',
] as const);
/** Where a listing case stands. */
export const ListingStatus = Enum([
  'proposed',
  'pending',
  'listed',
  'removal-applied',
  'removed',
  'removed-early',
  'dismissed',
] as const);
/** A joint-punishment measure. */
export const Measure = Enum(MEASURES);
/** The purpose of a check. */
export const Purpose = Enum(Object.keys(PURPOSES) as (keyof typeof PURPOSES)[]);

/** `{id}`: a USCC or a person id. */
export const SubjectParams = Obj({ id: SubjectId });
/** `{id}`: a listing id. */
export const IdParams = Obj({ id: IdText });

/** `POST /v1/credit/subjects`. */
export const SubjectBody = Type.Union([
  Obj({
    kind: Enum(['enterprise', 'agency'] as const),
    uscc: Uscc,
    name: Text(100),
    region: Region,
  }),
  Obj({
    kind: Type.Literal('responsible-person'),
    idNumber: Type.String({ pattern: '^[0-9]{17}[0-9Xx]$', description: 'GB 11643 ID number' }),
    name: Text(100),
    enterpriseUscc: Uscc,
    role: Opt(Enum(['principal', 'responsible'] as const)),
  }),
]);
/** `POST /v1/credit/persons/lookup`. */
export const PersonLookupBody = Obj({
  idNumber: Type.String({ pattern: '^[0-9]{17}[0-9Xx]$' }),
});

/** A subject with its status, rating, measures and supervision. */
export const SubjectView = Obj({
  id: S,
  kind: SubjectKind,
  uscc: S,
  name: S,
  region: S,
  standardisation: Nullable(S),
  rating: Nullable(Type.Integer()),
  ratingReasons: Type.Array(S),
  status: Enum(['normal', 'pending', 'listed'] as const),
  listingId: Nullable(S),
  measures: Type.Array(Measure),
  adverseRecords: Type.Integer(),
  supervision: Obj({
    inspectionsPerYear: Nullable(Type.Integer()),
    spotCheckEveryMonths: Nullable(Type.Integer()),
    annualInterview: Type.Boolean(),
  }),
});

/** `POST /v1/credit/records`. */
export const RecordBody = Obj({
  subjectId: SubjectId,
  kind: RecordKind,
  trigger: Opt(Trigger),
  triggerRef: IdText,
  fact: Opt(Fact),
  accidentLevel: Opt(AccidentLevel),
  occurredOn: IsoDate,
  summary: Text(1000),
  penaltyDecisionNumber: Opt(DocNumber),
});
/** A record. */
export const RecordView = Obj({
  id: S,
  subjectId: S,
  kind: RecordKind,
  trigger: Trigger,
  triggerRef: S,
  fact: Opt(Fact),
  accidentLevel: Opt(AccidentLevel),
  occurredOn: S,
  effectiveUntil: Opt(S),
  summary: S,
  decidingDepartment: S,
  penaltyDecisionNumber: Opt(S),
  evidenceEventId: Opt(S),
  recordedBy: S,
  recordedAt: S,
});

/** One rating change with its reasons. */
export const RatingChangeView = Obj({
  previousLevel: Nullable(Type.Integer()),
  level: Type.Integer(),
  reason: S,
  reasons: Type.Array(S),
  changedAt: S,
});

/** `POST /v1/credit/listings`. */
export const ProposeBody = Obj({
  subjectId: SubjectId,
  criterion: Criterion,
  recordIds: Type.Array(IdText, { minItems: 1, maxItems: 50, uniqueItems: true }),
});

/** A listing case. */
export const ListingView = Obj({
  id: S,
  subject: Obj({ id: S, kind: SubjectKind, uscc: S, name: S, region: S }),
  criterion: Criterion,
  criterionId: S,
  ruleSet: S,
  evidence: Type.Array(Obj({ ref: S, recordId: Opt(S), eventId: Opt(S) })),
  decidingDepartment: S,
  proposedBy: S,
  proposedAt: S,
  status: ListingStatus,
  notice: Opt(Obj({ noticeNumber: S, servedAt: S, defenceDueBy: S })),
  defence: Opt(Obj({ statedAt: S, summary: S })),
  decision: Opt(Obj({ decisionNumber: S, decidedBy: S, listedAt: S, listedOn: S })),
  earlyRemovalFrom: Opt(S),
  expiresOn: Opt(S),
  earlyRemoval: Opt(Obj({ applicationId: S, appliedAt: S, evidence: Type.Array(S), summary: S })),
  ended: Opt(
    Obj({
      reason: S,
      at: S,
      by: S,
      decisionNumber: Opt(S),
      note: Opt(S),
    }),
  ),
  restorations: Type.Integer(),
  version: Type.Integer(),
});

/** Filters of the listing list. */
export const ListingQuery = Obj({
  cursor: Opt(Type.String({ maxLength: 400 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  status: Opt(ListingStatus),
  region: Opt(Region),
  subjectId: Opt(SubjectId),
});

/** Bodies of the listing transitions. */
export const TransitionBodies = {
  notice: Obj({ noticeNumber: DocNumber }),
  defence: Obj({ summary: Text(2000) }),
  decide: Obj({
    decision: Enum(['list', 'dismiss'] as const),
    decisionNumber: Opt(DocNumber),
    reason: Opt(Text(1000)),
  }),
  'early-removal': Obj({
    evidence: Type.Array(IdText, { minItems: 1, maxItems: 50 }),
    summary: Text(2000),
  }),
  'early-removal-decision': Obj({
    decision: Enum(['approved', 'refused'] as const),
    decisionNumber: Opt(DocNumber),
    reason: Opt(Text(1000)),
  }),
  restore: Obj({ decisionNumber: DocNumber, reason: Text(1000) }),
  revoke: Obj({ decisionNumber: DocNumber }),
} as const;
/** A transition's name (the last path segment). */
export type TransitionName = keyof typeof TransitionBodies;

/** `POST /v1/credit/checks`. */
export const CheckBody = Obj({ uscc: Uscc, purpose: Purpose });
/** The answer to a check. */
export const CheckView = Obj({
  checkId: S,
  uscc: S,
  purpose: Purpose,
  outcome: Enum(['allowed', 'denied', 'conditional'] as const),
  measure: Measure,
  measureIds: Type.Array(Measure),
  reasons: Type.Array(S),
  status: Enum(['normal', 'pending', 'listed'] as const),
  rating: Nullable(Type.Integer()),
  listingId: Nullable(S),
  checkedAt: S,
});
/** One row of the check audit log. */
export const CheckLogView = Obj({
  id: S,
  uscc: S,
  purpose: S,
  outcome: S,
  measureIds: Type.Array(S),
  reasons: Type.Array(S),
  askedBy: S,
  department: S,
  checkedAt: S,
});
/** `{id}`: a department id. */
export const DepartmentParams = Obj({ id: IdText });
/** `PUT /v1/credit/departments/{id}/measures`. */
export const MeasuresBody = Obj({
  measures: Type.Array(Measure, { maxItems: MEASURES.length, uniqueItems: true }),
});
/** A department's policy. */
export const DepartmentView = Obj({
  departmentId: S,
  measures: Type.Array(S),
  source: S,
  updatedBy: S,
  updatedAt: S,
});

/** Published fields of a listed subject (no ID numbers, no evidence, no internal notes). */
export const PublicListingView = Obj({
  listingId: S,
  kind: SubjectKind,
  name: S,
  uscc: S,
  region: S,
  criterion: Criterion,
  decisionNumber: S,
  decidingDepartment: S,
  listedOn: S,
  expiresOn: S,
});
