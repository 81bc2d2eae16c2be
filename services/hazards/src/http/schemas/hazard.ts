// HTTP shapes of hazard cases (not domain types): the report body, the transition bodies,
// the views and the list query.
import { Type } from '@sinclair/typebox';
import { Enum, IdText, IsoDate, Obj, PageQuery, Region, Timestamp } from './common.js';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Uscc = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  examples: ['91330502000000101X'],
});
const Files = (minItems = 0) => Type.Array(IdText, { minItems, maxItems: 50 });
const Fen = Type.Integer({ minimum: 0, maximum: 1e15 });

export const CATEGORIES = [
  'equipment',
  'process',
  'site',
  'electrical',
  'fire-protection',
  'hazardous-materials',
  'confined-space',
  'working-at-height',
  'occupational-health',
  'management',
  'other',
] as const;

/** `POST /v1/hazards`: a self-check (role enterprise) or an inspection (inspector). */
export const ReportBody = Obj({
  uscc: Uscc,
  region: Type.Optional(Region),
  category: Enum(CATEGORIES),
  summary: Text(500),
  location: Type.Optional(Text(200)),
  foundAt: Type.Optional(Timestamp),
  photos: Type.Optional(Files()),
});

const Checklist = Obj({ standard: Text(60), itemId: Text(20) });

/** Bodies of the transitions, by command. */
export const TransitionBodies = {
  grade: Obj({
    level: Enum(['general', 'major'] as const),
    stopRequired: Enum(['none', 'partial', 'full'] as const),
    checklist: Type.Optional(Checklist),
    deadline: Type.Optional(IsoDate),
  }),
  'double-report': Obj({ toRegulatorAt: Timestamp, toWorkersCongressAt: Timestamp }),
  'submit-plan': Obj({
    plannedCompletion: IsoDate,
    fundsFen: Fen,
    parts: Obj(
      {
        goalsAndTasks: Type.Optional(IdText),
        methodsAndMeasures: Type.Optional(IdText),
        fundsAndMaterials: Type.Optional(IdText),
        responsibleBodyAndPeople: Type.Optional(IdText),
        deadlineAndRequirements: Type.Optional(IdText),
        safetyAndEmergencyMeasures: Type.Optional(IdText),
      },
      'document ids of the six required parts; every missing one is named in the 422',
    ),
  }),
  'order-stop': Obj({
    scope: Enum(['partial', 'full'] as const),
    orderNumber: Text(64),
    reason: Text(500),
  }),
  list: Obj({
    authority: Text(100),
    authorityLevel: Enum(['province', 'city', 'county'] as const),
    documentNumber: Text(64),
    deadline: IsoDate,
    noticeSummary: Text(300),
  }),
  'start-rectification': Obj({}),
  'request-extension': Obj({ requestedDeadline: IsoDate, reason: Text(1000) }),
  'decide-extension': Obj({
    decision: Enum(['approved', 'refused'] as const),
    reason: Type.Optional(Text(500)),
  }),
  rectify: Obj({ evidence: Files(1), costFen: Type.Optional(Fen) }),
  recheck: Obj({
    outcome: Enum(['passed', 'failed'] as const),
    findings: Type.Optional(Text(1000)),
    newDeadline: Type.Optional(IsoDate),
  }),
  assess: Obj({
    assessor: Enum(['enterprise', 'agency'] as const),
    agency: Type.Optional(Uscc),
    conclusion: Enum(['eliminated', 'not-eliminated'] as const),
    reportId: IdText,
  }),
  'apply-resumption': Obj({}),
  review: Obj({
    outcome: Enum(['passed', 'failed'] as const),
    findings: Type.Optional(Text(1000)),
    documentNumber: Type.Optional(Text(64)),
    newDeadline: Type.Optional(IsoDate),
  }),
  close: Obj({}),
  'order-enforcement': Obj({
    measures: Type.Array(
      Enum(['stop-production', 'daily-fine', 'seal-equipment', 'suspend-power-supply'] as const),
      { minItems: 1, maxItems: 4, uniqueItems: true },
    ),
    decisionNumber: Text(64),
    dailyFineFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e12 })),
    reason: Text(500),
  }),
  'lift-enforcement': Obj({ reason: Text(500) }),
};

/** A transition's name in the URL. */
export type TransitionName = keyof typeof TransitionBodies;

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);

/** A hazard case as the API shows it. */
export const HazardView = Obj({
  id: Str,
  uscc: Str,
  enterpriseName: Type.Union([Str, Type.Null()]),
  industry: Type.Union([Str, Type.Null()]),
  region: Str,
  source: Str,
  sourceRef: Opt(Str),
  category: Str,
  summary: Str,
  location: Opt(Str),
  foundAt: Str,
  foundBy: Opt(Str),
  photos: Opt(Type.Array(Str)),
  status: Str,
  level: Opt(Str),
  checklist: Opt(Obj({ standard: Str, itemId: Str })),
  stopRequired: Opt(Str),
  deadline: Opt(Str),
  overdue: Type.Boolean(),
  overdueFor: Opt(Str),
  doubleReport: Opt(Obj({ toRegulatorAt: Str, toWorkersCongressAt: Str })),
  plan: Opt(
    Obj({
      planId: Str,
      submittedAt: Str,
      plannedCompletion: Str,
      fundsFen: Type.Integer(),
      parts: Type.Record(Str, Str),
    }),
  ),
  stopOrder: Opt(Obj({ scope: Str, orderNumber: Str })),
  listing: Opt(
    Obj({
      authority: Str,
      authorityLevel: Str,
      documentNumber: Str,
      listedAt: Str,
      deadline: Str,
      noticeSummary: Str,
    }),
  ),
  extension: Opt(
    Obj({
      requestId: Str,
      requestedDeadline: Str,
      reason: Str,
      requestedAt: Str,
      decisionDueBy: Str,
    }),
  ),
  evidence: Opt(Type.Array(Str)),
  reviewDueBy: Opt(Str),
  closedAt: Opt(Str),
  dueSoonFor: Opt(Str),
  resumptionApplicationId: Opt(Str),
  bureauDeadline: Opt(
    Obj(
      { duty: Str, ref: Str, dueBy: Str, missed: Type.Boolean() },
      'the deadline the bureau itself must keep now (extension decision, on-site review)',
    ),
  ),
  bureauMissed: Opt(Type.Array(Obj({ duty: Str, ref: Str, dueBy: Str, detectedAt: Str }))),
  enforcement: Opt(
    Obj({
      decisionNumber: Str,
      measures: Type.Array(Str),
      dailyFineFen: Opt(Type.Integer()),
      orderedAt: Str,
      orderedOn: Str,
      orderedBy: Str,
      reason: Str,
      liftedAt: Opt(Str),
      liftedOn: Opt(Str),
      liftReason: Opt(Str),
      inForce: Type.Boolean(),
      accruedFineFen: Opt(Type.Integer({ description: 'daily fine × days so far (art. 112)' })),
    }),
  ),
  links: Opt(Type.Array(Obj({ source: Str, ref: Str, at: Str }))),
  version: Type.Integer(),
});

/** Query of `GET /v1/hazards`. */
export const HazardQuery = Obj({
  ...PageQuery,
  uscc: Type.Optional(Uscc),
  status: Type.Optional(Text(40)),
  level: Type.Optional(Enum(['general', 'major'] as const)),
  source: Type.Optional(Text(40)),
  region: Type.Optional(Region),
});

/** Path of one case. */
export const IdParams = Obj({ id: IdText });

/** A public notice of a listed major hazard (published fields only). */
export const NoticeView = Obj({
  hazardId: Str,
  enterpriseName: Type.Union([Str, Type.Null()]),
  region: Str,
  summary: Str,
  authority: Str,
  documentNumber: Str,
  listedAt: Str,
  deadline: Str,
  closed: Type.Boolean(),
});
