// The alarm engine: folds a sensor's new readings (one batch, in timestamp order) into its
// state. Limits use hysteresis (a band is left only once the value is past the limit by the
// hysteresis) and a minimum duration (a band must hold that long before it counts), so a
// noisy value around a limit raises at most one alarm (DOMAIN.md "IoT monitoring": tuning cut
// the national system's alarms from ~21,000 to ~4,500 a day). Pure: ids come in.
import type { Limits, Sensor } from './sensor.js';
import {
  levelOf,
  warningOf,
  type ActiveAlarm,
  type Band,
  type EngineEvent,
  type SensorState,
} from './sensor-state.js';

/** One screened reading: its index in the request, epoch ms, value, optional seq. */
export interface Reading {
  readonly index: number;
  readonly ts: number;
  readonly value: number;
  readonly seq: number | null;
}

/** The new state, its events, and the indexes of readings that repeat an earlier seq. */
export interface Evaluation {
  readonly state: SensorState;
  readonly events: readonly EngineEvent[];
  readonly repeated: readonly number[];
}

type Side = 'high' | 'low';
const severity = (b: Band): number =>
  b === 'normal' ? 0 : b.endsWith('-high') || b.endsWith('-low') ? 2 : 1;
const sideOf = (b: Band): Side | null =>
  b === 'normal' ? null : b.startsWith('high') ? 'high' : 'low';

/** The band of a value ignoring hysteresis. */
export function rawBand(v: number, l: Limits): Band {
  if (l.highHigh !== null && v >= l.highHigh) return 'high-high';
  if (l.high !== null && v >= l.high) return 'high';
  if (l.lowLow !== null && v <= l.lowLow) return 'low-low';
  if (l.low !== null && v <= l.low) return 'low';
  return 'normal';
}

/** The band with hysteresis: a band is kept until the value is past its limit by `h`. */
export function bandWithHysteresis(v: number, current: Band, l: Limits, h: number): Band {
  const raw = rawBand(v, l);
  const side = sideOf(current);
  if (side === null || (sideOf(raw) !== null && sideOf(raw) !== side)) return raw;
  if (severity(raw) >= severity(current)) return raw;
  // Leaving toward normal: where the value would be `h` further out, capped at the current band.
  const held = rawBand(side === 'high' ? v + h : v - h, l);
  const kept = sideOf(held) === side ? Math.min(severity(held), severity(current)) : 0;
  return kept <= severity(raw) ? raw : bandOf(side, kept);
}

function bandOf(side: Side, sev: number): Band {
  if (sev === 0) return 'normal';
  return sev === 1 ? side : (`${side}-${side}` as Band);
}

function thresholdOf(band: Exclude<Band, 'normal'>, l: Limits): number {
  const map = { high: l.high, 'high-high': l.highHigh, low: l.low, 'low-low': l.lowLow };
  return map[band] ?? Number.NaN;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Folds `readings` (sorted by ts) into the state of `sensor`. */
export function evaluateReadings(
  sensor: Sensor,
  start: SensorState,
  readings: readonly Reading[],
  maxSeqGap: number,
  newId: () => string,
): Evaluation {
  // One private working copy mutated per reading (the hot path: no allocation per reading);
  // the caller's state is never touched.
  const s: Mutable<SensorState> = { ...start };
  const events: EngineEvent[] = [];
  const repeated: number[] = [];
  for (const r of readings) {
    // Older than what was evaluated: stored (it may be a backlog) but not re-judged.
    if (s.lastTs !== null && r.ts <= s.lastTs) continue;
    // A newer timestamp with an old seq is a re-stamped retransmission (a repeat), unless the
    // counter jumped back far enough to be a gateway reset.
    if (
      r.seq !== null &&
      s.lastSeq !== null &&
      r.seq <= s.lastSeq &&
      s.lastSeq - r.seq < maxSeqGap
    ) {
      repeated.push(r.index);
      continue;
    }
    step(sensor, s, r, events, newId);
  }
  return { state: s, events, repeated };
}

function step(
  sensor: Sensor,
  s: Mutable<SensorState>,
  r: Reading,
  events: EngineEvent[],
  newId: () => string,
): void {
  const at = r.ts;
  if (r.seq !== null) s.lastSeq = r.seq;
  if (s.offlineSince !== null) {
    events.push({ type: 'sensor.online', offlineMs: Math.max(0, at - s.offlineSince), at });
    s.offlineSince = null;
  }
  const changed = s.lastValue !== r.value;
  s.valueSince = changed ? at : (s.valueSince ?? at);
  s.lastTs = at;
  s.lastValue = r.value;
  const outOfRange =
    (sensor.rangeMin !== null && r.value < sensor.rangeMin) ||
    (sensor.rangeMax !== null && r.value > sensor.rangeMax);
  if (outOfRange) {
    if (s.fault !== 'out-of-range') {
      events.push({ type: 'sensor.fault-detected', fault: 'out-of-range', value: r.value, at });
    }
    // A value the instrument cannot measure says nothing about the process: no limit check.
    s.fault = 'out-of-range';
    s.candidate = null;
    return;
  }
  if (s.fault === 'out-of-range' || (s.fault === 'stuck' && changed)) {
    events.push({ type: 'sensor.fault-cleared', fault: s.fault, at });
    s.fault = null;
  }
  if (
    s.fault === null &&
    !changed &&
    sensor.stuckMs !== null &&
    at - (s.valueSince ?? at) >= sensor.stuckMs
  ) {
    events.push({ type: 'sensor.fault-detected', fault: 'stuck', value: r.value, at });
    s.fault = 'stuck';
  }
  if (s.alarm !== null) s.alarm = withPeak(s.alarm, r.value);
  const target = bandWithHysteresis(r.value, s.band, sensor.limits, sensor.hysteresis);
  if (target === s.band) {
    s.candidate = null;
    return;
  }
  const since = s.candidate?.band === target ? s.candidate.since : at;
  if (at - since < sensor.minDurationMs) {
    if (s.candidate?.band !== target) s.candidate = { band: target, since };
    return;
  }
  commit(sensor, s, target, r.value, at, events, newId);
}

function commit(
  sensor: Sensor,
  s: Mutable<SensorState>,
  target: Band,
  value: number,
  at: number,
  events: EngineEvent[],
  newId: () => string,
): void {
  const alarm = s.alarm;
  s.band = target;
  s.candidate = null;
  if (target === 'normal') {
    if (alarm !== null) events.push(cleared(alarm, at, false));
    s.alarm = null;
    return;
  }
  const worse =
    alarm === null ||
    sideOf(alarm.band) !== sideOf(target) ||
    severity(target) > severity(alarm.band);
  if (!worse) return;
  if (alarm !== null) events.push(cleared(alarm, at, true));
  const id = newId();
  events.push({
    type: 'alarm.raised',
    alarmId: id,
    band: target,
    level: levelOf(sensor.kind, target),
    value,
    threshold: thresholdOf(target, sensor.limits),
    warning: warningOf(target),
    at,
  });
  s.alarm = { id, band: target, raisedAt: at, peak: value };
}

function withPeak(a: ActiveAlarm, v: number): ActiveAlarm {
  const peak = sideOf(a.band) === 'high' ? Math.max(a.peak, v) : Math.min(a.peak, v);
  return peak === a.peak ? a : { ...a, peak };
}

function cleared(a: ActiveAlarm, at: number, superseded: boolean): EngineEvent {
  return {
    type: 'alarm.cleared',
    alarmId: a.id,
    peak: a.peak,
    durationMs: at - a.raisedAt,
    superseded,
    at,
  };
}
