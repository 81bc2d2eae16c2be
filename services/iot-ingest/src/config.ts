// The iot-ingest service's environment: the kit's base variables plus its own. The only reader
// of process.env (through the kit's loadConfig). Every number of DOMAIN.md "IoT monitoring" is
// here with its default, never a literal in the domain.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const Num = (defaultValue: number, description: string) =>
  Type.Number({ minimum: 0, default: defaultValue, description });
const Int = (defaultValue: number, minimum: number, maximum: number, description: string) =>
  Type.Integer({ minimum, maximum, default: defaultValue, description });

/** TypeBox schema of the iot-ingest service's configuration. */
export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3103, description: 'HTTP port' }),
  IOT_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_-]{0,63}$',
    default: 'yiwang',
    description: 'subject/stream prefix token (tests use a unique one)',
  }),
  // GB/T 50493-2019 §5.5: combustible gas level 1 ≤ 25 % LEL, level 2 ≤ 50 % LEL; toxic gas
  // level 1 ≤ 100 % OEL, level 2 ≤ 200 % OEL; oxygen deficiency/enrichment 19.5 / 23.5 % vol.
  IOT_COMBUSTIBLE_L1_PCT_LEL: Num(25, 'combustible gas level-1 alarm (% LEL)'),
  IOT_COMBUSTIBLE_L2_PCT_LEL: Num(50, 'combustible gas level-2 alarm (% LEL)'),
  IOT_TOXIC_L1_PCT_OEL: Num(100, 'toxic gas level-1 alarm (% of the OEL)'),
  IOT_TOXIC_L2_PCT_OEL: Num(200, 'toxic gas level-2 alarm (% of the OEL)'),
  IOT_OXYGEN_LOW_PCT_VOL: Num(19.5, 'oxygen low alarm (% vol)'),
  IOT_OXYGEN_HIGH_PCT_VOL: Num(23.5, 'oxygen high alarm (% vol)'),
  IOT_HYSTERESIS_PERCENT: Num(
    2,
    'default hysteresis of a sensor: this % of its smallest non-zero limit (default, tuning)',
  ),
  IOT_MIN_DURATION_SECONDS: Int(5, 0, 3600, 'default minimum duration of a limit crossing'),
  IOT_EXPECTED_INTERVAL_SECONDS: Int(10, 1, 86_400, 'default expected reading interval'),
  IOT_OFFLINE_INTERVALS: Int(5, 1, 1000, 'offline after N expected intervals without data'),
  IOT_STUCK_MINUTES: Int(60, 1, 10_080, 'default: an unchanged value for N minutes is stuck'),
  IOT_ESCALATE_PRINCIPAL_MINUTES: Int(10, 1, 1440, 'unacknowledged → enterprise principal'),
  IOT_ESCALATE_COUNTY_MINUTES: Int(30, 1, 1440, 'unacknowledged → county bureau'),
  IOT_FUTURE_SKEW_SECONDS: Int(300, 0, 86_400, 'a reading may be at most N s in the future'),
  IOT_RETENTION_DAYS: Int(30, 30, 3660, 'raw readings are kept N days (DOMAIN.md: ≥ 30)'),
  IOT_PARTITION_AHEAD_DAYS: Int(2, 1, 30, 'daily reading partitions created N days ahead'),
  IOT_MAX_BATCH: Int(5000, 1, 5000, 'readings per POST /v1/readings'),
  IOT_MAX_SEQ_GAP: Int(100_000, 1, 2 ** 30, 'a seq this far below the last one is a reset'),
  // Two statements in flight keep PostgreSQL busy on both cores of a small machine while
  // single-reading POSTs from many gateways share few statements (bench ingest (d)).
  IOT_WRITE_CONCURRENCY: Int(2, 1, 64, 'reading statements in flight (group commit beyond)'),
  IOT_WRITE_MAX_BATCHES: Int(128, 1, 256, 'request batches merged into one statement at most'),
  IOT_READINGS_BODY_LIMIT_BYTES: Int(4_194_304, 1024, 64 * 1_048_576, 'readings body limit'),
  IOT_READINGS_ASYNC_COMMIT: Type.Boolean({
    default: false,
    description:
      'commit alarm-free reading batches without waiting for the WAL flush (faster; a database crash may lose the last ~0.6 s of acknowledged readings; alarms always wait)',
  }),
  IOT_SWEEPER: Type.Boolean({
    default: true,
    description: 'run escalation, offline detection and partition upkeep in this process',
  }),
  IOT_SWEEP_INTERVAL_MS: Type.Integer({ minimum: 100, default: 5000 }),
  IOT_SERVICE_ACTOR: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
    default: 'iot-ingest',
    description: 'actor id of what the service does by itself',
  }),
});

/** The loaded configuration. */
export type Config = Static<typeof Config>;
