// The insurance service's environment: the kit's base variables plus its own. The only reader
// of process.env (through the kit's loadConfig). Every number of DOMAIN.md "Insurance"
// (应急〔2025〕27号 and the *local* floating-premium table) is a default here, never a literal
// in the domain. The premium numbers seed the first version of the rule table; later versions
// are published through the API and old policies keep the version they were priced with.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const Percent = (defaultValue: number, description: string) =>
  Type.Integer({ minimum: -100, maximum: 100, default: defaultValue, description });
const Days = (defaultValue: number, description: string) =>
  Type.Integer({ minimum: 1, maximum: 3660, default: defaultValue, description });

/** TypeBox schema of the insurance service's configuration. */
export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3106, description: 'HTTP port' }),
  INSURANCE_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_-]{0,63}$',
    default: 'yiwang',
    description: 'subject/stream prefix token (tests use a unique one)',
  }),
  INSURANCE_MIN_SUM_INSURED_FEN: Type.Integer({
    minimum: 1,
    default: 40_000_000,
    description: 'minimum death/disability sum insured per person, fen (400,000 yuan)',
  }),
  INSURANCE_MAX_TERM_DAYS: Days(366, 'longest policy term in days (annual policies)'),
  INSURANCE_RULES_VERSION: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
    default: 'yingji-2025-27',
    description: 'version name of the premium rule table seeded from this configuration',
  }),
  INSURANCE_RULES_EFFECTIVE_FROM: Type.String({
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    default: '2025-01-01',
    description: 'effective date of the seeded rule table',
  }),
  INSURANCE_NO_ACCIDENT_PERCENT: Percent(-10, 'no accident in the look-back period'),
  INSURANCE_GENERAL_ACCIDENT_PERCENT: Percent(10, 'worst accident general (一般)'),
  INSURANCE_LARGER_ACCIDENT_PERCENT: Percent(20, 'worst accident larger (较大)'),
  INSURANCE_MAJOR_ACCIDENT_PERCENT: Percent(30, 'worst accident major (重大) or worse'),
  INSURANCE_LISTED_PERCENT: Percent(10, 'listed as seriously untrustworthy (严重失信)'),
  INSURANCE_MUNICIPAL_AWARD_PERCENT: Percent(-5, 'municipal safety award'),
  INSURANCE_PROVINCIAL_AWARD_PERCENT: Percent(-10, 'provincial or national safety award'),
  INSURANCE_STANDARDISATION_PERCENTS: Type.Array(Type.Integer({ minimum: -100, maximum: 100 }), {
    minItems: 3,
    maxItems: 3,
    default: [0, 0, 0],
    description: 'percent for standardisation grades 1,2,3 (no DOMAIN.md default: 0)',
  }),
  INSURANCE_RATING_PERCENTS: Type.Array(Type.Integer({ minimum: -100, maximum: 100 }), {
    minItems: 4,
    maxItems: 4,
    default: [0, 0, 0, 0],
    description: 'percent for credit rating levels 1,2,3,4 (no DOMAIN.md default: 0)',
  }),
  INSURANCE_MIN_ADJUSTMENT_PERCENT: Percent(-100, 'floor of the summed adjustment'),
  INSURANCE_MAX_ADJUSTMENT_PERCENT: Percent(100, 'ceiling of the summed adjustment'),
  INSURANCE_ACCIDENT_LOOKBACK_DAYS: Days(365, 'accident history window ("last year")'),
  INSURANCE_AWARD_LOOKBACK_DAYS: Days(365, 'an award counts for N days'),
  INSURANCE_PREVENTION_MAX_PERCENT: Type.Integer({
    minimum: 0,
    maximum: 100,
    default: 21,
    description: 'prevention services spend at most N % of the premium',
  }),
  INSURANCE_SWEEPER: Type.Boolean({
    default: true,
    description: 'run the lapse sweeper in this process (replicas coordinate by row locks)',
  }),
  INSURANCE_SWEEP_INTERVAL_MS: Type.Integer({ minimum: 100, default: 60_000 }),
  INSURANCE_SWEEP_BATCH: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
});

/** The loaded configuration. */
export type Config = Static<typeof Config>;
