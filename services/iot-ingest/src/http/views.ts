// Domain/rows → HTTP views.
import type { AlarmRow } from '../db/alarms.js';
import type { SensorRow } from '../db/sensors.js';
import { statusOf, type SensorState, type Warning } from '../domain/sensor-state.js';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** The live state of a sensor as shown. */
export function stateView(s: SensorState) {
  const status = statusOf(s);
  const warning: Warning | null =
    status === 'alarm-l2'
      ? 'orange'
      : status === 'alarm-l1'
        ? 'yellow'
        : status === 'offline' || status === 'fault'
          ? 'blue'
          : null;
  return {
    status,
    warning,
    band: s.band,
    lastReadingAt: s.lastTs === null ? null : new Date(s.lastTs).toISOString(),
    lastValue: s.lastValue,
    activeAlarmId: s.alarm?.id ?? null,
    fault: s.fault,
  };
}

/** A sensor row with its state as shown. */
export function sensorView(r: SensorRow, s: SensorState) {
  return {
    id: r.id,
    gatewayId: r.gatewayId,
    uscc: r.uscc,
    region: r.region,
    installationId: r.installationId,
    name: r.name,
    kind: r.kind as never,
    unit: r.unit as never,
    limits: { lowLow: r.lowLow, low: r.low, high: r.high, highHigh: r.highHigh },
    hysteresis: r.hysteresis,
    minDurationSeconds: r.minDurationMs / 1000,
    intervalSeconds: r.intervalMs / 1000,
    range: { min: r.rangeMin, max: r.rangeMax },
    stuckMinutes: r.stuckMs === null ? null : r.stuckMs / 60_000,
    state: stateView(s),
  };
}

/** An alarm row as shown. */
export function alarmView(r: AlarmRow) {
  return {
    ...r,
    level: r.level as never,
    warning: r.warning as never,
    status: r.status as never,
    escalation: r.escalation as never,
    disposition: r.disposition as never,
    raisedAt: r.raisedAt.toISOString(),
    clearedAt: iso(r.clearedAt),
    acknowledgedAt: iso(r.acknowledgedAt),
    disposedAt: iso(r.disposedAt),
    escalatedAt: iso(r.escalatedAt),
    closedAt: iso(r.closedAt),
  };
}

const ORDER: readonly Warning[] = ['red', 'orange', 'yellow', 'blue'];

/** The most severe of some warning colours (red > orange > yellow > blue). */
export function worstWarning(list: readonly (Warning | null)[]): Warning | null {
  return ORDER.find((w) => list.includes(w)) ?? null;
}
