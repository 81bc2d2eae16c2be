// HTTP shapes of alarms and installation overviews.
import { Type } from '@sinclair/typebox';
import { Enum, IdText, Obj, PageQuery, Region, Timestamp, Uscc } from './common.js';
import { SensorView } from './sensor.js';

const Levels = ['level-1', 'level-2', 'high', 'high-high', 'low', 'low-low'] as const;
const Statuses = ['raised', 'acknowledged', 'disposed', 'closed'] as const;
const Dispositions = ['real', 'false', 'maintenance', 'sensor-fault'] as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

/** An alarm as shown. */
export const AlarmView = Obj({
  id: IdText,
  sensorId: IdText,
  uscc: Uscc,
  region: Region,
  installationId: Nullable(IdText),
  kind: Type.String(),
  unit: Type.String(),
  level: Enum(Levels),
  value: Type.Number(),
  threshold: Type.Number(),
  peak: Type.Number(),
  warning: Enum(['red', 'orange', 'yellow', 'blue'] as const),
  status: Enum(Statuses),
  escalation: Nullable(Enum(['enterprise-principal', 'county-bureau'] as const)),
  disposition: Nullable(Enum(Dispositions)),
  note: Nullable(Type.String()),
  raisedAt: Timestamp,
  clearedAt: Nullable(Timestamp),
  acknowledgedAt: Nullable(Timestamp),
  acknowledgedBy: Nullable(Type.String()),
  disposedAt: Nullable(Timestamp),
  disposedBy: Nullable(Type.String()),
  escalatedAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
});

/** GET /v1/alarms. */
export const AlarmQuery = Obj({
  uscc: Type.Optional(Uscc),
  region: Type.Optional(Region),
  level: Type.Optional(Enum(Levels)),
  status: Type.Optional(Enum(Statuses)),
  sensorId: Type.Optional(IdText),
  installationId: Type.Optional(IdText),
  active: Type.Optional(
    Type.Boolean({ description: 'only alarms whose reading is still out of range' }),
  ),
  ...PageQuery,
});

/** POST /v1/alarms/{id}/acknowledge. */
export const AcknowledgeBody = Obj({});

/** POST /v1/alarms/{id}/dispose. */
export const DisposeBody = Obj({
  disposition: Enum(Dispositions),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
});

/** GET /v1/installations/{id}/overview. */
export const InstallationOverview = Obj({
  installationId: IdText,
  name: Nullable(Type.String()),
  grade: Nullable(Type.String()),
  uscc: Uscc,
  region: Region,
  warning: Nullable(Enum(['red', 'orange', 'yellow', 'blue'] as const)),
  sensors: Type.Array(SensorView),
  openAlarms: Type.Array(AlarmView),
});
