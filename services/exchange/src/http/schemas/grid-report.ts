// HTTP shapes of grid reports and their triage.
import { Type, type TSchema } from '@sinclair/typebox';
import { Enum, IdText, Obj, PageQuery, Timestamp } from './common.js';

const REPORT_STATUSES = ['reported', 'accepted', 'invalid', 'attached'] as const;
const INVALID_REASONS = ['duplicate', 'out-of-scope', 'not-verifiable', 'other'] as const;
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);

/** A grid worker's report. */
export const ReportBody = Obj({
  gridCellId: IdText,
  category: Enum(['safety-hazard', 'fire-risk', 'illegal-operation', 'other']),
  summary: Type.String({ minLength: 1, maxLength: 500 }),
  position: Obj({
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
  }),
  photos: Type.Array(IdText, { minItems: 1, maxItems: 50 }),
  reportedAt: Timestamp,
  taskId: Opt(IdText),
  enterprise: Opt(
    Type.String({ pattern: '^[0-9A-Z]{18}$', description: 'USCC of the enterprise concerned' }),
  ),
});

/** A report as recorded. */
export const ReportView = Obj({
  id: Type.String(),
  gridCellId: Type.String(),
  region: Type.String(),
  worker: Type.String(),
  category: Type.String(),
  summary: Type.String(),
  position: Obj({ lat: Type.Number(), lng: Type.Number() }),
  photos: Type.Array(Type.String()),
  enterprise: Opt(Type.String()),
  taskId: Opt(Type.String()),
  hazardId: Opt(Type.String()),
  reportedAt: Type.String(),
  receivedAt: Type.String(),
  status: Enum(REPORT_STATUSES),
  dispatchedTaskId: Opt(Type.String()),
  invalidReason: Opt(Type.String()),
  triageNote: Opt(Type.String()),
  triagedBy: Opt(Type.String()),
  triagedAt: Opt(Type.String()),
  version: Type.Integer(),
});

/** The grid centre's triage of a report. */
export const TriageBody = Type.Union([
  Obj({
    decision: Type.Literal('accept'),
    category: Opt(Enum(['safety-hazard', 'alarm-check', 'inspection', 'other'])),
    summary: Opt(Type.String({ minLength: 1, maxLength: 500 })),
  }),
  Obj({
    decision: Type.Literal('invalid'),
    reason: Enum(INVALID_REASONS),
    note: Opt(Type.String({ minLength: 1, maxLength: 500 })),
  }),
]);

/** Filters of the report list. */
export const ReportQuery = Obj({
  ...PageQuery,
  gridCellId: Opt(IdText),
  status: Opt(Enum(REPORT_STATUSES)),
});
