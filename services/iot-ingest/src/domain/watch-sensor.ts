// Offline detection (DOMAIN.md "IoT monitoring": offline when no data for *default* 5
// expected intervals). Driven by the sweeper with an injected clock; pure.
import type { Sensor } from './sensor.js';
import type { EngineEvent, SensorState } from './sensor-state.js';

/** The state after checking whether `sensor` went silent, and the event if it did. */
export function watchSensor(
  sensor: Sensor,
  s: SensorState,
  registeredAt: number,
  now: number,
  offlineIntervals: number,
): { readonly state: SensorState; readonly event?: EngineEvent } {
  if (s.offlineSince !== null) return { state: s };
  // A sensor that never reported is measured from its registration.
  const since = s.lastTs ?? registeredAt;
  const missedIntervals = Math.floor((now - since) / sensor.intervalMs);
  if (missedIntervals < offlineIntervals) return { state: s };
  return {
    state: { ...s, offlineSince: now, candidate: null },
    event: { type: 'sensor.offline', lastTs: s.lastTs, missedIntervals, at: now },
  };
}
