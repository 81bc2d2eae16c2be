// The credit service's environment: the kit's base variables plus its own. The only reader of
// process.env (through the kit's loadConfig). Every number of DOMAIN.md "Credit and blacklist"
// (应急管理部令第11号, 2023) is here with its default, never a literal in the domain.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const IsoDates = (description: string) =>
  Type.Array(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), {
    default: [],
    description,
  });
const Int = (defaultValue: number, min: number, max: number, description: string) =>
  Type.Integer({ minimum: min, maximum: max, default: defaultValue, description });

/** TypeBox schema of the credit service's configuration. */
export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3104, description: 'HTTP port' }),
  CREDIT_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_-]{0,63}$',
    default: 'yiwang',
    description: 'subject/stream prefix token (tests use a unique one)',
  }),
  CREDIT_PERSON_ID_KEY: Type.String({
    minLength: 32,
    description:
      'HMAC-SHA256 key for ID numbers of responsible persons (only the keyed hash is stored); ≥ 32 characters',
  }),
  CREDIT_RULE_SET: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
    default: 'mem11-2023',
    description: 'version of the listing rules (应急管理部令第11号, in force 2023-10-01)',
  }),
  CREDIT_DEFENCE_WORKING_DAYS: Int(5, 1, 60, 'defence window after the notice, in working days'),
  CREDIT_LISTING_YEARS: Int(3, 1, 10, 'a listing is removed automatically after N years'),
  CREDIT_EARLY_REMOVAL_MONTHS: Int(12, 1, 120, 'early removal may be applied for after N months'),
  CREDIT_LARGER_ACCIDENTS: Int(2, 1, 20, 'N larger accidents within the window list a subject'),
  CREDIT_LARGER_ACCIDENT_WINDOW_MONTHS: Int(12, 1, 120, 'window of the larger-accident count'),
  CREDIT_BAD_RECORD_MONTHS: Int(12, 1, 120, '*default*: a bad record lowers the rating N months'),
  CREDIT_BAD_RECORD_DROP: Int(1, 0, 3, 'rating levels a bad record drops'),
  CREDIT_INSURANCE_SURCHARGE_PERCENT: Int(10, 0, 100, '*local*: premium surcharge of listed'),
  CREDIT_BAD_RECORD_INSPECTIONS: Int(4, 1, 52, 'inspections a year of a subject with bad records'),
  CREDIT_LISTED_SPOT_CHECK_MONTHS: Int(6, 1, 24, 'a listed subject is spot-checked every N months'),
  CREDIT_RESTORE_RESTARTS_TERM: Type.Boolean({
    default: true,
    description: '*default*: a restored listing runs a full term from the restoration',
  }),
  CREDIT_BUREAU_DEPARTMENT: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
    default: 'bureau',
    description: 'department (token dept) that decides listings proposed from other contexts',
  }),
  CREDIT_SERVICE_ACTOR: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
    default: 'credit-service',
    description: 'actor id of records and proposals the service makes from events',
  }),
  CREDIT_SWEEPER: Type.Boolean({
    default: true,
    description: 'run the expiry sweeper in this process (replicas coordinate by row locks)',
  }),
  CREDIT_SWEEP_INTERVAL_MS: Type.Integer({ minimum: 100, default: 60_000 }),
  CREDIT_SWEEP_BATCH: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  CREDIT_IDEMPOTENCY_HOURS: Int(24, 1, 720, 'answers to Idempotency-Key requests are kept N hours'),
  CREDIT_PUBLIC_RATE_PER_MINUTE: Int(60, 1, 100_000, 'public list requests per IP per minute'),
  CREDIT_PUBLIC_BURST: Int(20, 1, 100_000, 'public list requests an IP may send at once'),
  CREDIT_HOLIDAYS: IsoDates('statutory holidays (days off on weekdays), comma-separated'),
  CREDIT_MAKEUP_WORKDAYS: IsoDates('weekend days that are working days (调休), comma-separated'),
});

/** The loaded configuration. */
export type Config = Static<typeof Config>;
