// Events of the `exchange` context ("one network"): the enterprise directory, grid dispatch
// (网格化) and registered departments. ARCHITECTURE.md §6.
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { IndustrySchema } from '../values/industry.js';
import { RegionCodeSchema } from '../values/region.js';
import { IsoDateSchema, TimestampSchema } from '../values/time.js';
import { UsccSchema } from '../values/uscc.js';
import { Attachments, Closed, Count, GeoPoint, Id, StaffText, StringEnum } from './fields.js';

const gridCellId = Id('Grid cell id');
const taskId = Id('Grid task id');

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
    gridCellId,
    address: StaffText(200, 'Registered address of the premises'),
    employees: Count('Employees'),
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
        gridCellId: Type.Optional(gridCellId),
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
    worker: Id('Grid worker id'),
    category: StringEnum(['safety-hazard', 'fire-risk', 'illegal-operation', 'other']),
    summary: StaffText(500, 'Summary written by the grid worker'),
    position: GeoPoint,
    photos: Attachments('Photos', 1),
    reportedAt: TimestampSchema,
    receivedAt: TimestampSchema,
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
    kind: StringEnum([
      'housing-construction',
      'transport',
      'market-regulation',
      'fire',
      'public-security',
      'bank',
      'insurer',
      'grid-centre',
      'other',
    ]),
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

/** Every event of the exchange context. */
export const exchangeEvents = [
  enterpriseRegistered,
  enterpriseUpdated,
  enterpriseClosed,
  gridtaskDispatched,
  gridtaskUpdated,
  gridtaskClosed,
  gridreportReceived,
  departmentRegistered,
];
