// Sensors and their limits. Gas points default to GB/T 50493-2019's alarm levels
// (DOMAIN.md "IoT monitoring"); other points carry their own high / high-high / low / low-low.
import type { IotRules } from './rules.js';

/** What a sensor measures (the list; `composition` as in DOMAIN.md). */
export const SENSOR_KINDS = [
  'temperature',
  'pressure',
  'level',
  'flow',
  'composition',
  'combustible-gas',
  'toxic-gas',
  'oxygen',
  'other',
] as const;
export type SensorKind = (typeof SENSOR_KINDS)[number];

/** Units of values and limits. */
export const UNITS = [
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
] as const;
export type Unit = (typeof UNITS)[number];

/** The four limits; any may be absent (a point monitored without that limit). */
export interface Limits {
  readonly lowLow: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly highHigh: number | null;
}

/** A sensor as the alarm engine needs it. Durations in milliseconds. */
export interface Sensor {
  readonly id: string;
  readonly num: number;
  readonly gatewayId: string;
  readonly uscc: string;
  readonly region: string;
  readonly installationId: string | null;
  readonly kind: SensorKind;
  readonly unit: Unit;
  readonly limits: Limits;
  readonly hysteresis: number;
  readonly minDurationMs: number;
  readonly intervalMs: number;
  /** Measuring range; a value outside is a fault, not an alarm. */
  readonly rangeMin: number | null;
  readonly rangeMax: number | null;
  /** Unchanged this long = stuck; null: not checked (gas points rest at 0 legitimately). */
  readonly stuckMs: number | null;
}

/** What a caller gives when registering a sensor; absent fields take the defaults. */
export interface SensorSpec {
  readonly kind: SensorKind;
  readonly unit: Unit;
  readonly limits?: Partial<Limits>;
  /** Occupational exposure limit of a toxic gas in ppm (for GB/T 50493 % OEL limits). */
  readonly oelPpm?: number;
  readonly hysteresis?: number;
  readonly minDurationMs?: number;
  readonly intervalMs?: number;
  readonly rangeMin?: number;
  readonly rangeMax?: number;
  readonly stuckMs?: number | null;
}

/** The limits, range and stuck check a spec resolves to, or a rejection code and detail. */
export type Resolved =
  | {
      readonly ok: true;
      readonly limits: Limits;
      readonly hysteresis: number;
      readonly minDurationMs: number;
      readonly intervalMs: number;
      readonly rangeMin: number | null;
      readonly rangeMax: number | null;
      readonly stuckMs: number | null;
    }
  | { readonly ok: false; readonly code: string; readonly detail: string };

const NONE: Limits = { lowLow: null, low: null, high: null, highHigh: null };
const GAS: readonly SensorKind[] = ['combustible-gas', 'toxic-gas', 'oxygen'];

/** GB/T 50493-2019 defaults of a kind and unit; undefined when the unit needs an OEL. */
export function defaultLimits(
  kind: SensorKind,
  unit: Unit,
  rules: IotRules,
  oelPpm?: number,
): Limits | undefined {
  switch (kind) {
    case 'combustible-gas':
      return { ...NONE, high: rules.combustibleL1, highHigh: rules.combustibleL2 };
    case 'toxic-gas': {
      if (unit === 'percent-oel') {
        return { ...NONE, high: rules.toxicL1Pct, highHigh: rules.toxicL2Pct };
      }
      if (oelPpm === undefined) return undefined;
      const of = (pct: number) => (oelPpm * pct) / 100;
      return { ...NONE, high: of(rules.toxicL1Pct), highHigh: of(rules.toxicL2Pct) };
    }
    case 'oxygen':
      return { ...NONE, low: rules.oxygenLow, high: rules.oxygenHigh };
    default:
      return NONE;
  }
}

const UNIT_OF: Partial<Record<SensorKind, readonly Unit[]>> = {
  'combustible-gas': ['percent-lel'],
  'toxic-gas': ['ppm', 'percent-oel'],
  oxygen: ['percent-vol'],
};

/** Resolves a spec against the rules: defaults filled in, order of the limits checked. */
export function resolveSensor(spec: SensorSpec, rules: IotRules): Resolved {
  const units = UNIT_OF[spec.kind];
  if (units !== undefined && !units.includes(spec.unit)) {
    return fail('IOT.UNIT_INVALID', `A ${spec.kind} sensor measures in ${units.join(' or ')}.`);
  }
  const base = defaultLimits(spec.kind, spec.unit, rules, spec.oelPpm);
  if (base === undefined && spec.limits?.high === undefined) {
    return fail('IOT.OEL_REQUIRED', 'Give oelPpm (or explicit limits) for a toxic gas in ppm.');
  }
  const limits: Limits = { ...(base ?? NONE), ...spec.limits };
  const ordered = [limits.lowLow, limits.low, limits.high, limits.highHigh].filter(
    (v): v is number => v !== null,
  );
  if (ordered.some((v, i) => i > 0 && v < (ordered[i - 1] ?? v))) {
    return fail('IOT.LIMITS_INVALID', 'Limits must satisfy low-low ≤ low ≤ high ≤ high-high.');
  }
  const gas = GAS.includes(spec.kind);
  // Gas detectors read 0–100 % LEL; a value outside the measuring range is a fault.
  const rangeMin = spec.rangeMin ?? (gas ? 0 : null);
  const rangeMax = spec.rangeMax ?? (spec.unit === 'percent-lel' ? 100 : null);
  if (rangeMin !== null && rangeMax !== null && rangeMin >= rangeMax) {
    return fail('IOT.LIMITS_INVALID', 'rangeMin must be below rangeMax.');
  }
  const positive = ordered.map(Math.abs).filter((v) => v > 0);
  const smallest = positive.length === 0 ? 0 : Math.min(...positive);
  return {
    ok: true,
    limits,
    hysteresis: spec.hysteresis ?? (smallest * rules.hysteresisPercent) / 100,
    minDurationMs: spec.minDurationMs ?? rules.minDurationMs,
    intervalMs: spec.intervalMs ?? rules.expectedIntervalMs,
    rangeMin,
    rangeMax,
    stuckMs: spec.stuckMs === undefined ? (gas ? null : rules.stuckMs) : spec.stuckMs,
  };
}

function fail(code: string, detail: string): Resolved {
  return { ok: false, code, detail };
}
