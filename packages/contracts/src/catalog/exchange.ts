// Events of the `exchange` context ("one network"): the enterprise directory, grid dispatch
// (网格化) and registered departments. ARCHITECTURE.md §6.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { HIGH_RISK_INDUSTRIES, IndustrySchema } from '../values/industry.js';
import { RegionCodeSchema } from '../values/region.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';
import { Attachments, Closed, Count, GeoPoint, Id, StaffText, StringEnum } from './fields.js';

const gridCellId = Id('Grid cell id');
const taskId = Id('Grid task id');
const township = StaffText(60, 'Township (乡镇/街道) code or name below the county');
const highRiskCategory = StringEnum(
  [...HIGH_RISK_INDUSTRIES, 'none'],
  'High-risk category (one of the eight industries with mandatory 安责险), or none',
);
const standardisationLevel = StringEnum(
  ['1', '2', '3', 'none'],
  'Safety standardisation grade (安全生产标准化等级) 1–3, or none',
);
const departmentKind = StringEnum([
  'bureau',
  'industry-department',
  'bank',
  'insurer',
  'grid-centre',
  'district-government',
]);

/** `yiwang.exchange.enterprise.registered.v1` (internal). */
export const enterpriseRegistered = defineEvent({
  context: 'exchange',
  aggregate: 'enterprise',
  event: 'registered',
  classification: 'internal',
  description: 'An enterprise joined the directory, in exactly one grid cell.',
  schema: Closed({
    uscc: UsccSchema,
    name: StaffText(100, 'Registered name'),
    industry: IndustrySchema,
    highRisk: Type.Boolean(),
    highRiskCategory,
    region: RegionCodeSchema,
    township,
    gridCellId,
    standardisationLevel,
    status: StringEnum(['open', 'closed'], 'Open, or already closed when imported'),
    address: Type.Optional(StaffText(200, 'Registered address of the premises')),
    employees: Type.Optional(Count('Employees')),
    registeredAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.enterprise.updated.v1` (internal). */
export const enterpriseUpdated = defineEvent({
  context: 'exchange',
  aggregate: 'enterprise',
  event: 'updated',
  classification: 'internal',
  description: 'Directory data of an enterprise changed; only changed fields are given.',
  schema: Closed({
    uscc: UsccSchema,
    changes: Type.Object(
      {
        name: Type.Optional(StaffText(100, 'Registered name')),
        industry: Type.Optional(IndustrySchema),
        highRisk: Type.Optional(Type.Boolean()),
        highRiskCategory: Type.Optional(highRiskCategory),
        region: Type.Optional(RegionCodeSchema),
        township: Type.Optional(township),
        gridCellId: Type.Optional(gridCellId),
        standardisationLevel: Type.Optional(standardisationLevel),
        address: Type.Optional(StaffText(200, 'Address')),
        employees: Type.Optional(Count('Employees')),
      },
      { additionalProperties: false, minProperties: 1 },
    ),
    updatedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.enterprise.closed.v1` (internal). */
export const enterpriseClosed = defineEvent({
  context: 'exchange',
  aggregate: 'enterprise',
  event: 'closed',
  classification: 'internal',
  description: 'An enterprise closed and left the directory.',
  schema: Closed({
    uscc: UsccSchema,
    reason: StringEnum(['deregistered', 'bankrupt', 'relocated', 'merged', 'other']),
    closedOn: IsoDateSchema,
  }),
});

/** `yiwang.exchange.enterprise.reopened.v1` (internal). */
export const enterpriseReopened = defineEvent({
  context: 'exchange',
  aggregate: 'enterprise',
  event: 'reopened',
  classification: 'internal',
  description: 'A closed enterprise resumed operation and is open in the directory again.',
  schema: Closed({
    uscc: UsccSchema,
    reopenedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridtask.dispatched.v1` (internal). */
export const gridtaskDispatched = defineEvent({
  context: 'exchange',
  aggregate: 'gridtask',
  event: 'dispatched',
  classification: 'internal',
  description: 'A hazard, alarm or grid report became a task for a grid cell; the SLA starts.',
  schema: Closed({
    taskId,
    gridCellId,
    origin: StringEnum(['hazard', 'iot-alarm', 'grid-report', 'inspection-plan']),
    originType: Type.String({ description: 'Event type that caused the task', maxLength: 120 }),
    originRef: Id('Id of the originating aggregate'),
    category: StringEnum(['safety-hazard', 'alarm-check', 'inspection', 'other']),
    summary: Type.Optional(StaffText(500, 'What to look at, from the originating event')),
    assignee: Type.Optional(Id('Grid worker id')),
    dispatchedAt: TimestampSchema,
    dueAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridtask.updated.v1` (internal). */
export const gridtaskUpdated = defineEvent({
  context: 'exchange',
  aggregate: 'gridtask',
  event: 'updated',
  classification: 'internal',
  description: 'A grid task moved on: accepted, handling, feedback given, verified on site.',
  schema: Closed({
    taskId,
    status: StringEnum(['accepted', 'handling', 'feedback', 'verified']),
    by: Id('Grid worker or staff id'),
    note: Type.Optional(StaffText(500, 'Note')),
    photos: Attachments('Photos'),
    updatedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridtask.closed.v1` (internal). */
export const gridtaskClosed = defineEvent({
  context: 'exchange',
  aggregate: 'gridtask',
  event: 'closed',
  classification: 'internal',
  description: 'A grid task was closed and evaluated.',
  schema: Closed({
    taskId,
    result: StringEnum(['resolved', 'not-reproducible', 'transferred', 'invalid']),
    withinSla: Type.Boolean(),
    evaluation: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    closedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridtask.evaluated.v1` (internal). */
export const gridtaskEvaluated = defineEvent({
  context: 'exchange',
  aggregate: 'gridtask',
  event: 'evaluated',
  classification: 'internal',
  description:
    'The grid centre evaluated how a closed grid task was handled (1 poor – 5 excellent).',
  schema: Closed({
    taskId,
    evaluation: Type.Integer({ minimum: 1, maximum: 5 }),
    by: Id('Grid centre staff id'),
    evaluatedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridtask.overdue.v1` (internal). */
export const gridtaskOverdue = defineEvent({
  context: 'exchange',
  aggregate: 'gridtask',
  event: 'overdue',
  classification: 'internal',
  description:
    'A grid task passed its SLA without being closed (DOMAIN.md "Grid dispatch": the SLA starts at dispatch); once per task.',
  schema: Closed({
    taskId,
    gridCellId,
    status: StringEnum(['dispatched', 'accepted', 'handling', 'feedback', 'verified']),
    assignee: Type.Optional(Id('Grid worker id')),
    dueAt: TimestampSchema,
    overdueAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridreport.received.v1` (internal). */
export const gridreportReceived = defineEvent({
  context: 'exchange',
  aggregate: 'gridreport',
  event: 'received',
  classification: 'internal',
  description:
    'A grid worker reported something (photo, GPS, category); a safety hazard becomes a hazard case.',
  schema: Closed({
    reportId: Id('Grid report id'),
    gridCellId,
    taskId: Type.Optional(Id('Grid task the report answers, when it answers one')),
    hazardId: Type.Optional(Id('Hazard case the answered task came from (hazards context)')),
    worker: Id('Grid worker id'),
    category: StringEnum(['safety-hazard', 'fire-risk', 'illegal-operation', 'other']),
    summary: StaffText(500, 'Summary written by the grid worker'),
    position: GeoPoint,
    photos: Attachments('Photos', 1),
    reportedAt: TimestampSchema,
    receivedAt: TimestampSchema,
    enterprise: Type.Optional(UsccSchema),
  }),
});

/** `yiwang.exchange.gridreport.accepted.v1` (internal). */
export const gridreportAccepted = defineEvent({
  context: 'exchange',
  aggregate: 'gridreport',
  event: 'accepted',
  classification: 'internal',
  description:
    'The grid centre accepted a grid report after triage; it is dispatched as a grid task (DOMAIN.md "Grid dispatch").',
  schema: Closed({
    reportId: Id('Grid report id'),
    gridCellId,
    taskId: Id('Grid task dispatched for the report'),
    hazardId: Type.Optional(Id('Hazard case opened from the report, when already known')),
    acceptedBy: Id('Grid centre staff id'),
    acceptedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.gridreport.invalidated.v1` (internal). */
export const gridreportInvalidated = defineEvent({
  context: 'exchange',
  aggregate: 'gridreport',
  event: 'invalidated',
  classification: 'internal',
  description:
    'The grid centre found a grid report invalid at triage (duplicate, out of scope, not verifiable); the loop ends there.',
  schema: Closed({
    reportId: Id('Grid report id'),
    gridCellId,
    reason: StringEnum(['duplicate', 'out-of-scope', 'not-verifiable', 'other']),
    note: Type.Optional(StaffText(500, 'Why, for the worker')),
    hazardId: Type.Optional(Id('Hazard case opened from the report, when already known')),
    invalidatedBy: Id('Grid centre staff id'),
    invalidatedAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.department.registered.v1` (internal). */
export const departmentRegistered = defineEvent({
  context: 'exchange',
  aggregate: 'department',
  event: 'registered',
  classification: 'internal',
  description:
    'A department joined the network with a sharing agreement (legal basis, regions, delivery paths, expiry).',
  schema: Closed({
    departmentId: Id('Department id'),
    name: StaffText(100, 'Department name'),
    kind: departmentKind,
    regions: Type.Array(RegionCodeSchema, { minItems: 1, uniqueItems: true }),
    deliveries: Type.Array(StringEnum(['nats', 'webhook', 'pull']), {
      minItems: 1,
      uniqueItems: true,
    }),
    legalBasis: StaffText(200, 'Legal basis of the sharing agreement'),
    agreementExpiresOn: IsoDateSchema,
    registeredAt: TimestampSchema,
  }),
});

/** `yiwang.exchange.department.policy-changed.v1` (internal). */
export const departmentPolicyChanged = defineEvent({
  context: 'exchange',
  aggregate: 'department',
  event: 'policy-changed',
  classification: 'internal',
  description:
    'The sharing policy of a department changed (event types, regions, legal basis, expiry); recorded for audit.',
  schema: Closed({
    departmentId: Id('Department id'),
    policyVersion: Type.Integer({ minimum: 1 }),
    eventTypes: Type.Array(Type.String({ minLength: 1, maxLength: 120 }), {
      maxItems: 500,
      description: 'Event types (or public-only patterns) the policy grants',
    }),
    regions: Type.Array(RegionCodeSchema, { minItems: 1, uniqueItems: true }),
    legalBasis: StaffText(200, 'Legal basis of the sharing agreement'),
    agreementExpiresOn: IsoDateSchema,
    changedBy: Id('Administrator (JWT sub)'),
    changedAt: TimestampSchema,
  }),
});

/** Every event of the exchange context. */
export const exchangeEvents = [
  enterpriseRegistered,
  enterpriseUpdated,
  enterpriseClosed,
  enterpriseReopened,
  gridtaskDispatched,
  gridtaskUpdated,
  gridtaskClosed,
  gridtaskEvaluated,
  gridtaskOverdue,
  gridreportReceived,
  gridreportAccepted,
  gridreportInvalidated,
  departmentRegistered,
  departmentPolicyChanged,
];
