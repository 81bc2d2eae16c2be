// The domain's rules from the configuration (DOMAIN.md numbers with their defaults).
import type { Config } from '../config.js';
import type { IotRules } from '../domain/rules.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** Builds the rules once at start. */
export function rulesFromConfig(c: Config): IotRules {
  return {
    combustibleL1: c.IOT_COMBUSTIBLE_L1_PCT_LEL,
    combustibleL2: c.IOT_COMBUSTIBLE_L2_PCT_LEL,
    toxicL1Pct: c.IOT_TOXIC_L1_PCT_OEL,
    toxicL2Pct: c.IOT_TOXIC_L2_PCT_OEL,
    oxygenLow: c.IOT_OXYGEN_LOW_PCT_VOL,
    oxygenHigh: c.IOT_OXYGEN_HIGH_PCT_VOL,
    hysteresisPercent: c.IOT_HYSTERESIS_PERCENT,
    minDurationMs: c.IOT_MIN_DURATION_SECONDS * SECOND,
    expectedIntervalMs: c.IOT_EXPECTED_INTERVAL_SECONDS * SECOND,
    offlineIntervals: c.IOT_OFFLINE_INTERVALS,
    stuckMs: c.IOT_STUCK_MINUTES * MINUTE,
    escalatePrincipalMs: c.IOT_ESCALATE_PRINCIPAL_MINUTES * MINUTE,
    escalateCountyMs: c.IOT_ESCALATE_COUNTY_MINUTES * MINUTE,
    futureSkewMs: c.IOT_FUTURE_SKEW_SECONDS * SECOND,
    retentionMs: c.IOT_RETENTION_DAYS * DAY,
    maxSeqGap: c.IOT_MAX_SEQ_GAP,
  };
}
