// Events of the `iot` context (service `iot-ingest`): alarms and sensor states of the online
// monitoring of major hazard installations (GB/T 50493-2019 thresholds).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../define-event.js';
import { TimestampSchema } from '../values/time.js';
import { Closed, Count, Id, StaffText, StringEnum } from './fields.js';

const alarmId = Id('Alarm id');
const sensorId = Id('Sensor id');
const Quantity = StringEnum(
  [
    'temperature',
    'pressure',
    'level',
    'flow',
    'composition',
    'combustible-gas',
    'toxic-gas',
    'oxygen',
    'other',
  ],
  'Measured quantity',
);
const Unit = StringEnum(
  [
    'celsius',
    'mpa',
    'kpa',
    'm',
    'm3-per-h',
    'percent-lel',
    'ppm',
    'percent-oel',
    'percent-vol',
    'percent',
    'other',
  ],
  'Unit of value and threshold',
);
const AlarmLevel = StringEnum(
  ['level-1', 'level-2', 'high', 'high-high', 'low', 'low-low'],
  'Gas alarms: level 1 / 2; other points: high, high-high, low, low-low',
);
const Warning = StringEnum(['red', 'orange', 'yellow', 'blue'], 'Regulator warning colour');

/** `yiwang.iot.alarm.raised.v1` (internal). */
export const alarmRaised = defineEvent({
  context: 'iot',
  aggregate: 'alarm',
  event: 'raised',
  classification: 'internal',
  description:
    'A reading crossed a threshold for the minimum duration (with hysteresis) and an alarm was raised and pushed.',
  schema: Closed({
    alarmId,
    sensorId,
    installationId: Type.Optional(Id('Major hazard installation id')),
    quantity: Quantity,
    level: AlarmLevel,
    value: Type.Number(),
    threshold: Type.Number(),
    unit: Unit,
    warning: Warning,
    raisedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.alarm.acknowledged.v1` (internal). */
export const alarmAcknowledged = defineEvent({
  context: 'iot',
  aggregate: 'alarm',
  event: 'acknowledged',
  classification: 'internal',
  description: 'Someone at the enterprise or the bureau acknowledged an alarm.',
  schema: Closed({
    alarmId,
    acknowledgedBy: Id('User id'),
    acknowledgedAt: TimestampSchema,
    delaySeconds: Count('Seconds since the alarm was raised'),
  }),
});

/** `yiwang.iot.alarm.escalated.v1` (internal). */
export const alarmEscalated = defineEvent({
  context: 'iot',
  aggregate: 'alarm',
  event: 'escalated',
  classification: 'internal',
  description:
    'An alarm was not acknowledged in time and was escalated (to the principal, then the county bureau).',
  schema: Closed({
    alarmId,
    tier: StringEnum(['enterprise-principal', 'county-bureau']),
    unacknowledgedSeconds: Count('Seconds without acknowledgement'),
    warning: Warning,
    escalatedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.alarm.disposed.v1` (internal). */
export const alarmDisposed = defineEvent({
  context: 'iot',
  aggregate: 'alarm',
  event: 'disposed',
  classification: 'internal',
  description: 'An alarm was disposed: real, false, maintenance or sensor fault.',
  schema: Closed({
    alarmId,
    disposition: StringEnum(['real', 'false', 'maintenance', 'sensor-fault']),
    disposedBy: Id('User id'),
    note: Type.Optional(StaffText(500, 'Disposal note')),
    disposedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.alarm.cleared.v1` (internal). */
export const alarmCleared = defineEvent({
  context: 'iot',
  aggregate: 'alarm',
  event: 'cleared',
  classification: 'internal',
  description:
    'The reading returned inside its limits (past the hysteresis band) and the alarm closed.',
  schema: Closed({
    alarmId,
    sensorId,
    peakValue: Type.Number(),
    durationSeconds: Count('Seconds the alarm was active'),
    clearedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.sensor.offline.v1` (internal). */
export const sensorOffline = defineEvent({
  context: 'iot',
  aggregate: 'sensor',
  event: 'offline',
  classification: 'internal',
  description: 'A sensor sent no data for the configured number of expected intervals.',
  schema: Closed({
    sensorId,
    installationId: Type.Optional(Id('Major hazard installation id')),
    lastReadingAt: Type.Optional(TimestampSchema),
    missedIntervals: Type.Integer({ minimum: 1 }),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.sensor.online.v1` (internal). */
export const sensorOnline = defineEvent({
  context: 'iot',
  aggregate: 'sensor',
  event: 'online',
  classification: 'internal',
  description: 'An offline sensor sends data again.',
  schema: Closed({
    sensorId,
    offlineSeconds: Count('Seconds the sensor was offline'),
    onlineAt: TimestampSchema,
  }),
});

/** `yiwang.iot.sensor.fault-detected.v1` (internal). */
export const sensorFaultDetected = defineEvent({
  context: 'iot',
  aggregate: 'sensor',
  event: 'fault-detected',
  classification: 'internal',
  description: 'A sensor looks faulty: stuck at one value or out of its physical range.',
  schema: Closed({
    sensorId,
    fault: StringEnum(['stuck', 'out-of-range', 'calibration-overdue', 'other']),
    lastValue: Type.Optional(Type.Number()),
    detectedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.alarm.closed.v1` (internal). */
export const alarmClosed = defineEvent({
  context: 'iot',
  aggregate: 'alarm',
  event: 'closed',
  classification: 'internal',
  description:
    'An alarm ended its lifecycle: it was disposed and its reading is back inside the limits.',
  schema: Closed({
    alarmId,
    sensorId,
    disposition: StringEnum(['real', 'false', 'maintenance', 'sensor-fault']),
    closedAt: TimestampSchema,
  }),
});

/** `yiwang.iot.sensor.fault-cleared.v1` (internal). */
export const sensorFaultCleared = defineEvent({
  context: 'iot',
  aggregate: 'sensor',
  event: 'fault-cleared',
  classification: 'internal',
  description: 'A sensor that looked faulty sends plausible, changing values again.',
  schema: Closed({
    sensorId,
    fault: StringEnum(['stuck', 'out-of-range', 'calibration-overdue', 'other']),
    clearedAt: TimestampSchema,
  }),
});

/** Every event of the iot context. */
export const iotEvents = [
  alarmRaised,
  alarmAcknowledged,
  alarmEscalated,
  alarmDisposed,
  alarmCleared,
  sensorOffline,
  sensorOnline,
  sensorFaultDetected,
  alarmClosed,
  sensorFaultCleared,
];
