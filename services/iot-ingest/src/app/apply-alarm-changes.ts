// The database side of one sensor's engine events inside the ingest transaction: raised
// alarms become rows, cleared ones are marked (a disposed alarm closes with them), and every
// event becomes its contract event with the aggregate's sequence.
import { activeTraceFields } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { clearAlarm, insertAlarms } from '../db/alarms.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Sensor } from '../domain/sensor.js';
import type { EngineEvent } from '../domain/sensor-state.js';
import { alarmContractEvent, engineContractEvent } from '../events/contract-events.js';

/** Writes the alarm rows of `events` and returns their contract events. */
export async function applyAlarmChanges(
  deps: Deps,
  tx: Executor,
  sensor: Sensor,
  events: readonly EngineEvent[],
  sensorVersion: number,
): Promise<CloudEvent[]> {
  const out: CloudEvent[] = [];
  let version = sensorVersion;
  for (const e of events) {
    switch (e.type) {
      case 'alarm.raised':
        await insertAlarms(tx, [
          {
            id: e.alarmId,
            sensorId: sensor.id,
            uscc: sensor.uscc,
            region: sensor.region,
            installationId: sensor.installationId,
            kind: sensor.kind,
            unit: sensor.unit,
            level: e.level,
            value: e.value,
            threshold: e.threshold,
            peak: e.value,
            warning: e.warning,
            status: 'raised',
            escalation: null,
            disposition: null,
            note: null,
            raisedAt: new Date(e.at),
            clearedAt: null,
            acknowledgedAt: null,
            acknowledgedBy: null,
            disposedAt: null,
            disposedBy: null,
            escalatedAt: null,
            closedAt: null,
            version: 1,
            traceParent: activeTraceFields().traceparent ?? null,
          },
        ]);
        out.push(engineContractEvent(e, sensor, deps.ids.uuid(), 1));
        break;
      case 'alarm.cleared': {
        const at = new Date(e.at);
        const done = await clearAlarm(tx, e.alarmId, at, e.peak);
        if (done === undefined) break;
        const clearedVersion = done.closed ? done.version - 1 : done.version;
        out.push(engineContractEvent(e, sensor, deps.ids.uuid(), clearedVersion));
        if (done.closed && done.disposition !== null) {
          const facts = {
            id: e.alarmId,
            sensorId: sensor.id,
            uscc: sensor.uscc,
            region: sensor.region,
          };
          const closed = {
            type: 'alarm.closed' as const,
            disposition: done.disposition,
            at: at.toISOString(),
          };
          out.push(alarmContractEvent(closed, facts, deps.ids.uuid(), done.version));
        }
        break;
      }
      default:
        version++;
        out.push(engineContractEvent(e, sensor, deps.ids.uuid(), version));
    }
  }
  return out;
}
