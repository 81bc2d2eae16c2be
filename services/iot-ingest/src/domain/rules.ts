// The configured numbers of DOMAIN.md "IoT monitoring" as the domain sees them (built from
// config.ts by app/rules-from-config.ts): the domain never reads configuration itself.

/** Alarm and watch rules. Durations in milliseconds. */
export interface IotRules {
  /** GB/T 50493-2019: combustible gas levels 1 and 2 in % LEL (defaults 25 and 50). */
  readonly combustibleL1: number;
  readonly combustibleL2: number;
  /** GB/T 50493-2019: toxic gas levels 1 and 2 in % of the OEL (defaults 100 and 200). */
  readonly toxicL1Pct: number;
  readonly toxicL2Pct: number;
  /** Oxygen low / high in % vol (defaults 19.5 and 23.5). */
  readonly oxygenLow: number;
  readonly oxygenHigh: number;
  /** Default hysteresis: this % of the smallest non-zero limit. */
  readonly hysteresisPercent: number;
  readonly minDurationMs: number;
  readonly expectedIntervalMs: number;
  /** Offline after this many expected intervals without data (default 5). */
  readonly offlineIntervals: number;
  readonly stuckMs: number;
  /** Not acknowledged in time → escalated (defaults 10 and 30 minutes). */
  readonly escalatePrincipalMs: number;
  readonly escalateCountyMs: number;
  readonly futureSkewMs: number;
  readonly retentionMs: number;
  /** A seq this far below the sensor's last one is a counter reset, not a repeat. */
  readonly maxSeqGap: number;
}
