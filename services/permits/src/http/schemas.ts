// HTTP shapes of the permits routes (not domain types): bodies, views, queries.
import { Type, type TLiteral, type TUnion } from '@sinclair/typebox';
import { INDUSTRIES } from '@yiwang/contracts';
import { CONDITIONS, LICENCE_TYPES, STAGES } from '../domain/conditions.js';

import { PageQuery } from '@yiwang/service-kit';

export {
  Page,
  PageQuery,
  bearerSecurity as bearer,
  problemResponses as problems,
} from '@yiwang/service-kit';

/** A closed object (every HTTP object is closed, ARCHITECTURE.md §5). */
export const Obj = <P extends Parameters<typeof Type.Object>[0]>(props: P, description?: string) =>
  Type.Object(props, {
    additionalProperties: false,
    ...(description === undefined ? {} : { description }),
  });

/** A closed set of strings. */
export function Enum<const T extends readonly string[]>(values: T): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)));
}

export const IdText = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' });
export const Region = Type.String({ pattern: '^[1-9][0-9]{5}$', examples: ['330502'] });
export const IsoDate = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  examples: ['2026-12-31'],
});
export const Timestamp = Type.String({ format: 'date-time' });
export const Uscc = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  examples: ['91330502000000101X'],
});
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Documents = (minItems = 0) => Type.Array(IdText, { minItems, maxItems: 50 });
export const ConditionName = Enum(CONDITIONS);
export const Industry = Enum(INDUSTRIES);
export const LicenceTypeName = Enum(LICENCE_TYPES);

/** `POST /v1/permits/applications`. */
export const DraftBody = Obj({
  uscc: Uscc,
  licenceType: LicenceTypeName,
  stage: Type.Optional(Enum(STAGES)),
  kind: Enum(['new', 'renewal'] as const),
  previousLicenceId: Type.Optional(IdText),
  scope: Text(500),
  projectName: Type.Optional(Text(200)),
  enterpriseName: Type.Optional(Text(100)),
  industry: Type.Optional(Industry),
  region: Type.Optional(Region),
});

/** Bodies of the steps, by route name. */
export const StepBodies = {
  evidence: Obj({ condition: ConditionName, documents: Documents(1) }),
  submit: Obj({}),
  'supplement-request': Obj({
    missing: Type.Array(ConditionName, { minItems: 1, maxItems: 13 }),
    details: Text(2000),
  }),
  supplement: Obj({}),
  accept: Obj({}),
  'credit-check': Obj({}),
  'document-review': Obj({
    findings: Type.Array(
      Obj({
        condition: ConditionName,
        met: Type.Boolean(),
        evidence: Documents(),
        note: Type.Optional(Text(1000)),
      }),
      { minItems: 1, maxItems: 13 },
    ),
  }),
  inspection: Obj({
    inspectors: Type.Array(IdText, { minItems: 1, maxItems: 10 }),
    result: Enum(['pass', 'fail', 'rectify'] as const),
    findings: Type.Optional(Text(1000)),
  }),
  'expert-review': Obj({ experts: Type.Integer({ minimum: 1, maximum: 50 }) }),
  'expert-review-result': Obj({ conclusion: Enum(['pass', 'fail'] as const) }),
  decision: Obj({
    outcome: Enum(['approved', 'refused'] as const),
    // The written reasons travel in `permits.application.decided` (at most 1000 characters).
    reasons: Type.Optional(Text(1000)),
  }),
  notes: Obj({ text: Text(2000) }),
};
export type StepName = keyof typeof StepBodies;

const S = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);
const Facts = {
  listed: Type.Boolean(),
  listingIds: Type.Array(S),
  insuranceRequired: Type.Boolean(),
  insuranceActive: Type.Boolean(),
  overdueMajorHazards: Type.Integer(),
};

/** An application as the API shows it (notes only to staff). */
export const ApplicationView = Obj({
  id: S,
  number: S,
  uscc: S,
  region: S,
  enterpriseName: S,
  industry: S,
  highRisk: Type.Boolean(),
  licenceType: S,
  stage: Opt(S),
  kind: S,
  previousLicenceId: Opt(S),
  scope: S,
  projectName: Opt(S),
  evidence: Type.Record(S, Type.Array(S)),
  status: S,
  createdAt: S,
  submittedAt: Opt(S),
  receivedOn: Opt(S),
  noticeDueBy: Opt(S),
  supplement: Opt(
    Obj({
      missing: Type.Array(S),
      details: S,
      noticeNumber: S,
      requestedAt: S,
      dueBy: S,
      providedAt: Opt(S),
    }),
  ),
  acceptedAt: Opt(S),
  deemedAccepted: Opt(Type.Boolean()),
  limit: Opt(Obj({ days: Type.Integer(), kind: S })),
  decisionDueBy: Opt(S),
  reviewWaived: Opt(Type.Boolean()),
  creditCheck: Opt(
    Obj({ ...Facts, result: S, vetoReasons: Type.Array(S), checkedAt: S, checkedBy: S }),
  ),
  review: Opt(
    Obj({
      findings: Type.Array(
        Obj({ condition: S, met: Type.Boolean(), evidence: Type.Array(S), note: Opt(S) }),
      ),
      result: S,
      reviewedAt: S,
      reviewedBy: S,
    }),
  ),
  inspection: Opt(Obj({ inspectors: Type.Array(S), result: S, findings: Opt(S), inspectedAt: S })),
  expertReview: Opt(
    Obj({
      experts: Type.Integer(),
      startedAt: S,
      startedOn: S,
      conclusion: Opt(S),
      pausedDays: Opt(Type.Integer()),
      completedAt: Opt(S),
    }),
  ),
  decision: Opt(
    Obj({
      outcome: S,
      number: S,
      reasons: Opt(S),
      appealInformation: Opt(S),
      vetoReasons: Opt(Type.Array(S)),
      licenceId: Opt(S),
      decidedAt: S,
      decidedBy: S,
    }),
  ),
  licence: Opt(
    Obj({ licenceId: S, licenceNumber: S, validFrom: S, validUntil: S, renewal: Type.Boolean() }),
  ),
  notes: Opt(Type.Array(Obj({ at: S, by: S, text: S }))),
  version: Type.Integer(),
});

/** A public progress entry. */
export const ProgressView = Obj({
  step: S,
  status: S,
  note: S,
  recordedAt: S,
  nextDeadline: Opt(S),
});

/** What anyone may see by application number (最多跑一次). */
export const TrackView = Obj({
  applicationNumber: S,
  licenceType: S,
  status: S,
  nextDeadline: Type.Union([S, Type.Null()]),
  steps: Type.Array(ProgressView),
});

/** A licence as the API shows it. */
export const LicenceView = Obj({
  id: S,
  number: S,
  licenceType: S,
  stage: Opt(S),
  uscc: S,
  region: S,
  enterpriseName: S,
  industry: S,
  scope: S,
  applicationId: S,
  issuedAt: S,
  termStart: S,
  validUntil: S,
  status: S,
  suspension: Opt(
    Obj({
      auto: Type.Array(S),
      manual: Opt(Obj({ reason: S, decisionNumber: S, note: S })),
      decisionNumber: S,
      since: S,
    }),
  ),
  renewalDueFor: Opt(S),
  renewalDueBy: Opt(S),
  renewals: Type.Integer(),
  ended: Opt(Obj({ at: S, reason: S, decisionNumber: Opt(S) })),
  version: Type.Integer(),
});

/** Query of the application list. */
export const ApplicationQuery = Obj({
  ...PageQuery,
  uscc: Type.Optional(Uscc),
  status: Type.Optional(Text(40)),
  licenceType: Type.Optional(LicenceTypeName),
  region: Type.Optional(Region),
});

/** Query of the licence list. */
export const LicenceQuery = Obj({
  ...PageQuery,
  uscc: Type.Optional(Uscc),
  status: Type.Optional(Enum(['active', 'suspended', 'revoked', 'cancelled', 'expired'] as const)),
  region: Type.Optional(Region),
});

/** Bodies of the licence actions. */
export const LicenceBodies = {
  suspend: Obj({
    reason: Enum(['violation', 'other'] as const),
    note: Text(1000),
    until: Type.Optional(IsoDate),
  }),
  reinstate: Obj({}),
  revoke: Obj({ reason: Text(500) }),
  cancel: Obj({ reason: Enum(['surrendered', 'business-ended', 'other'] as const) }),
};
export type LicenceAction = keyof typeof LicenceBodies;

/** `POST /v1/permits/violations`. */
export const ViolationBody = Obj({
  uscc: Uscc,
  region: Type.Optional(Region),
  kind: Enum([
    'unlicensed-operation',
    'operating-while-suspended',
    'operating-while-revoked',
    'beyond-scope',
    'licence-forged-or-lent',
    'other',
  ] as const),
  licenceId: Type.Optional(IdText),
  penaltyDecisionNumber: Type.Optional(Text(64)),
  summary: Text(500),
  foundAt: Timestamp,
});

export const IdParams = Obj({ id: IdText });
