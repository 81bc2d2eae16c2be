// The default rules (config.ts defaults) for domain specs.
import type { IotRules } from './rules.js';

/** DOMAIN.md's defaults in milliseconds, as rules-from-config builds them. */
export const DEFAULT_RULES: IotRules = {
  combustibleL1: 25,
  combustibleL2: 50,
  toxicL1Pct: 100,
  toxicL2Pct: 200,
  oxygenLow: 19.5,
  oxygenHigh: 23.5,
  hysteresisPercent: 2,
  minDurationMs: 5000,
  expectedIntervalMs: 10_000,
  offlineIntervals: 5,
  stuckMs: 3_600_000,
  escalatePrincipalMs: 600_000,
  escalateCountyMs: 1_800_000,
  futureSkewMs: 300_000,
  retentionMs: 30 * 86_400_000,
  maxSeqGap: 100_000,
};
