// The one place where iot domain events become contract events (STYLE.md rule 3).
import type { Causation } from '@yiwang/bus';
import { createEvent, iot as c, type CloudEvent } from '@yiwang/contracts';
import type { AlarmEvent } from '../domain/alarm.js';
import { assertNever } from '../domain/decision.js';
import type { Sensor } from '../domain/sensor.js';
import type { EngineEvent } from '../domain/sensor-state.js';

const iso = (ms: number) => new Date(ms).toISOString();
const installation = (id: string | null) => (id === null ? {} : { installationId: id });

/** The alarm facts an alarm event's envelope needs. */
export interface AlarmFacts {
  readonly id: string;
  readonly sensorId: string;
  readonly uscc: string;
  readonly region: string;
}

/** The CloudEvent of an engine event of `sensor`; `sequence` is the aggregate's version. */
export function engineContractEvent(
  e: EngineEvent,
  sensor: Sensor,
  id: string,
  sequence: number,
): CloudEvent {
  const base = { id, region: sensor.region, enterprise: sensor.uscc, time: iso(e.at), sequence };
  const sensorId = sensor.id;
  switch (e.type) {
    case 'alarm.raised':
      return createEvent(c.alarmRaised, {
        ...base,
        subject: e.alarmId,
        data: {
          alarmId: e.alarmId,
          sensorId,
          ...installation(sensor.installationId),
          quantity: sensor.kind,
          level: e.level,
          value: e.value,
          threshold: e.threshold,
          unit: sensor.unit,
          warning: e.warning,
          raisedAt: iso(e.at),
        },
      });
    case 'alarm.cleared':
      return createEvent(c.alarmCleared, {
        ...base,
        subject: e.alarmId,
        data: {
          alarmId: e.alarmId,
          sensorId,
          peakValue: e.peak,
          durationSeconds: Math.floor(e.durationMs / 1000),
          clearedAt: iso(e.at),
        },
      });
    case 'sensor.offline':
      return createEvent(c.sensorOffline, {
        ...base,
        subject: sensorId,
        data: {
          sensorId,
          ...installation(sensor.installationId),
          ...(e.lastTs === null ? {} : { lastReadingAt: iso(e.lastTs) }),
          missedIntervals: e.missedIntervals,
          detectedAt: iso(e.at),
        },
      });
    case 'sensor.online':
      return createEvent(c.sensorOnline, {
        ...base,
        subject: sensorId,
        data: { sensorId, offlineSeconds: Math.floor(e.offlineMs / 1000), onlineAt: iso(e.at) },
      });
    case 'sensor.fault-detected':
      return createEvent(c.sensorFaultDetected, {
        ...base,
        subject: sensorId,
        data: { sensorId, fault: e.fault, lastValue: e.value, detectedAt: iso(e.at) },
      });
    case 'sensor.fault-cleared':
      return createEvent(c.sensorFaultCleared, {
        ...base,
        subject: sensorId,
        data: { sensorId, fault: e.fault, clearedAt: iso(e.at) },
      });
    default:
      return assertNever(e);
  }
}

/** The CloudEvent of a lifecycle event of an alarm at `sequence`. */
export function alarmContractEvent(
  e: AlarmEvent,
  a: AlarmFacts,
  id: string,
  sequence: number,
  causation?: Causation,
): CloudEvent {
  const base = {
    id,
    region: a.region,
    enterprise: a.uscc,
    subject: a.id,
    time: e.at,
    sequence,
    ...causation,
  };
  const alarmId = a.id;
  switch (e.type) {
    case 'alarm.acknowledged':
      return createEvent(c.alarmAcknowledged, {
        ...base,
        data: { alarmId, acknowledgedBy: e.by, acknowledgedAt: e.at, delaySeconds: e.delaySeconds },
      });
    case 'alarm.disposed':
      return createEvent(c.alarmDisposed, {
        ...base,
        data: {
          alarmId,
          disposition: e.disposition,
          disposedBy: e.by,
          ...(e.note === undefined ? {} : { note: e.note }),
          disposedAt: e.at,
        },
      });
    case 'alarm.escalated':
      return createEvent(c.alarmEscalated, {
        ...base,
        data: {
          alarmId,
          tier: e.tier,
          unacknowledgedSeconds: e.unacknowledgedSeconds,
          warning: e.tier === 'county-bureau' ? 'red' : 'orange',
          escalatedAt: e.at,
        },
      });
    case 'alarm.closed':
      return createEvent(c.alarmClosed, {
        ...base,
        data: { alarmId, sensorId: a.sensorId, disposition: e.disposition, closedAt: e.at },
      });
    default:
      return assertNever(e);
  }
}
