// The hazards service's environment: the kit's base variables plus its own. The only reader
// of process.env (through the kit's loadConfig). Every number is a default (DOMAIN.md
// "Hazards", "Accidents"), never a literal buried in the domain.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const IsoDates = (description: string) =>
  Type.Array(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), {
    default: [],
    description,
  });
const Days = (defaultValue: number, description: string) =>
  Type.Integer({ minimum: 1, maximum: 3660, default: defaultValue, description });

/** TypeBox schema of the hazards service's configuration. */
export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3102, description: 'HTTP port' }),
  HAZARDS_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_-]{0,63}$',
    default: 'yiwang',
    description: 'subject/stream prefix token (tests use a unique one)',
  }),
  HAZARDS_GENERAL_DEADLINE_DAYS: Days(7, 'default rectification deadline of a general hazard'),
  HAZARDS_LISTING_MAX_MONTHS: Days(12, 'a listing deadline is at most N months after listing'),
  HAZARDS_EXTENSION_MIN_WORKING_DAYS: Days(20, 'extension requested ≥ N working days before'),
  HAZARDS_EXTENSION_DECISION_WORKING_DAYS: Days(10, 'extension decided within N working days'),
  HAZARDS_REVIEW_DAYS: Days(10, 'on-site review within N days of a resumption application'),
  HAZARDS_DUE_SOON_DAYS: Type.Integer({
    minimum: 0,
    maximum: 365,
    default: 3,
    description: 'a due-soon reminder goes out N days before a rectification deadline',
  }),
  HAZARDS_INSTALLATION_REASSESS_YEARS: Type.Integer({
    minimum: 1,
    maximum: 10,
    default: 3,
    description: 'a major hazard installation is re-assessed every N years (GB 18218-2018)',
  }),
  HAZARDS_INSTALLATION_DUE_LEAD_DAYS: Days(
    30,
    'installation.reassessment-due is sent N days before the re-assessment date',
  ),
  HAZARDS_STATS_QUARTER_DUE_DAY: Type.Integer({
    minimum: 1,
    maximum: 28,
    default: 15,
    description: 'quarterly statistics are due on day N of the month after the quarter',
  }),
  HAZARDS_STATS_ANNUAL_DUE: Type.String({
    pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
    default: '01-31',
    description: 'annual statistics are due on this MM-DD of the next year',
  }),
  HAZARDS_IDEMPOTENCY_HOURS: Type.Integer({
    minimum: 1,
    maximum: 720,
    default: 24,
    description: 'an Idempotency-Key of a create is remembered for N hours',
  }),
  HAZARDS_PUBLIC_RATE_PER_MINUTE: Type.Integer({
    minimum: 1,
    maximum: 100_000,
    default: 60,
    description: 'public notice requests per minute per client IP',
  }),
  HAZARDS_PUBLIC_BURST: Type.Integer({
    minimum: 1,
    maximum: 10_000,
    default: 20,
    description: 'public notice requests a client IP may send at once',
  }),
  HAZARDS_ACCIDENT_REPORT_MINUTES: Days(
    60,
    'an accident is reported within N minutes of learning of it',
  ),
  HAZARDS_ACCIDENT_REVISION_DAYS: Days(30, 'accident figures may be revised within N days'),
  HAZARDS_ACCIDENT_REVISION_DAYS_ROAD_FIRE: Days(7, '… within N days for road traffic and fire'),
  HAZARDS_SERVICE_ACTOR: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
    default: 'hazards-service',
    description: 'actor id of cases the service opens from events and of the sweeper',
  }),
  HAZARDS_SWEEPER: Type.Boolean({
    default: true,
    description: 'run the deadline sweeper loop in this process (replicas coordinate by row locks)',
  }),
  HAZARDS_SWEEP_INTERVAL_MS: Type.Integer({ minimum: 100, default: 60_000 }),
  HAZARDS_SWEEP_BATCH: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  HAZARDS_HOLIDAYS: IsoDates('statutory holidays (days off on weekdays), comma-separated'),
  HAZARDS_MAKEUP_WORKDAYS: IsoDates('weekend days that are working days (调休), comma-separated'),
});

/** The loaded configuration. */
export type Config = Static<typeof Config>;
