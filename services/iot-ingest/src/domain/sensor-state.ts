// The alarm engine's state of one sensor and what it emits. The state lives in memory (one
// Map per process), is written to `sensor_states` in the transaction that stores the readings
// that changed it, and is read back at start: a restart neither forgets nor re-raises alarms.
import type { SensorKind } from './sensor.js';

/** Where a value sits against the limits. `normal` is inside all of them. */
export type Band = 'normal' | 'high' | 'high-high' | 'low' | 'low-low';

/** A sensor fault (DOMAIN.md: fault when stuck / out of range). */
export type Fault = 'stuck' | 'out-of-range';

/** The open alarm of a sensor (at most one; a worse level supersedes it). */
export interface ActiveAlarm {
  readonly id: string;
  readonly band: Exclude<Band, 'normal'>;
  /** Epoch ms of the reading that raised it. */
  readonly raisedAt: number;
  /** Worst value since raised (highest on the high side, lowest on the low side). */
  readonly peak: number;
}

/** The engine's memory of one sensor. Times are epoch ms of reading timestamps. */
export interface SensorState {
  readonly lastTs: number | null;
  readonly lastValue: number | null;
  readonly lastSeq: number | null;
  /** Since when the value has been exactly `lastValue` (stuck detection). */
  readonly valueSince: number | null;
  /** The confirmed band (after hysteresis and minimum duration). */
  readonly band: Band;
  /** A band seen but not yet held for the minimum duration. */
  readonly candidate: { readonly band: Band; readonly since: number } | null;
  readonly alarm: ActiveAlarm | null;
  readonly fault: Fault | null;
  /** Set while the sensor is offline: when that was detected. */
  readonly offlineSince: number | null;
  /** Sensor events emitted so far (the `sequence` of the sensor aggregate's events). */
  readonly version: number;
}

/** A sensor nobody has heard from yet. */
export const INITIAL_STATE: SensorState = {
  lastTs: null,
  lastValue: null,
  lastSeq: null,
  valueSince: null,
  band: 'normal',
  candidate: null,
  alarm: null,
  fault: null,
  offlineSince: null,
  version: 0,
};

/** What people see of a sensor: its live status, worst first (DOMAIN.md "IoT monitoring"). */
export const SENSOR_STATUSES = [
  'offline',
  'fault',
  'alarm-l2',
  'alarm-l1',
  'no-data',
  'normal',
] as const;

/** The live status of a sensor. */
export type SensorStatus = (typeof SENSOR_STATUSES)[number];

/**
 * The status of a state: offline hides everything else (nothing it says is current), a fault
 * hides the alarm (the value is not judged), a second-level band (high-high, low-low) is
 * `alarm-l2`. The sensor list filters by the same rules in SQL (db/sensors.ts).
 */
export function statusOf(s: SensorState): SensorStatus {
  if (s.offlineSince !== null) return 'offline';
  if (s.fault !== null) return 'fault';
  if (s.alarm !== null) return isSecondLevel(s.alarm.band) ? 'alarm-l2' : 'alarm-l1';
  return s.lastTs === null ? 'no-data' : 'normal';
}

/** High-high and low-low: the second alarm level. */
function isSecondLevel(band: Band): boolean {
  return band === 'high-high' || band === 'low-low';
}

/** Alarm level names of the contract: gas points have levels 1/2, others the band's name. */
export type AlarmLevel = 'level-1' | 'level-2' | 'high' | 'high-high' | 'low' | 'low-low';

/** Regulator warning colour (DOMAIN.md: red / orange / yellow / blue). */
export type Warning = 'red' | 'orange' | 'yellow' | 'blue';

/** Events of the engine (past tense; mapped to the catalog in events/contract-events.ts). */
export type EngineEvent =
  | {
      readonly type: 'alarm.raised';
      readonly alarmId: string;
      readonly band: Exclude<Band, 'normal'>;
      readonly level: AlarmLevel;
      readonly value: number;
      readonly threshold: number;
      readonly warning: Warning;
      readonly at: number;
    }
  | {
      readonly type: 'alarm.cleared';
      readonly alarmId: string;
      readonly peak: number;
      readonly durationMs: number;
      /** True when a worse level replaced it rather than the value returning to normal. */
      readonly superseded: boolean;
      readonly at: number;
    }
  | {
      readonly type: 'sensor.offline';
      readonly lastTs: number | null;
      readonly missedIntervals: number;
      readonly at: number;
    }
  | { readonly type: 'sensor.online'; readonly offlineMs: number; readonly at: number }
  | {
      readonly type: 'sensor.fault-detected';
      readonly fault: Fault;
      readonly value: number;
      readonly at: number;
    }
  | { readonly type: 'sensor.fault-cleared'; readonly fault: Fault; readonly at: number };

const GAS_LEVELS: readonly SensorKind[] = ['combustible-gas', 'toxic-gas'];

/** The contract's level name of a band for a kind (GB/T 50493: gas alarms are level 1/2). */
export function levelOf(kind: SensorKind, band: Exclude<Band, 'normal'>): AlarmLevel {
  if (GAS_LEVELS.includes(kind) && (band === 'high' || band === 'high-high')) {
    return band === 'high' ? 'level-1' : 'level-2';
  }
  return band;
}

/**
 * Warning colour of a raised alarm: the second level (high-high / low-low / level 2) is
 * orange, the first yellow; escalation to the county bureau makes it red, and blue marks a
 * sensor that is offline or faulty (our mapping of DOMAIN.md's four colours).
 */
export function warningOf(band: Exclude<Band, 'normal'>): Warning {
  return isSecondLevel(band) ? 'orange' : 'yellow';
}
