// The permits service's environment: the kit's base variables plus its own. The only reader
// of process.env (through the kit's loadConfig). Every number is a default taken from
// DOMAIN.md "Permits" (安全生产许可证条例; 危险化学品经营许可证管理办法 总局令第55号;
// 行政许可法), never a literal buried in the domain.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const IsoDates = (description: string) =>
  Type.Array(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), {
    default: [],
    description,
  });
const Int = (defaultValue: number, description: string, maximum = 3660) =>
  Type.Integer({ minimum: 1, maximum, default: defaultValue, description });
const DayKind = (defaultValue: 'calendar' | 'working', description: string) =>
  Type.Union([Type.Literal('calendar'), Type.Literal('working')], {
    default: defaultValue,
    description,
  });

/** TypeBox schema of the permits service's configuration. */
export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3105, description: 'HTTP port' }),
  PERMITS_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_-]{0,63}$',
    default: 'yiwang',
    description: 'subject/stream prefix token (tests use a unique one)',
  }),
  PERMITS_NOTICE_WORKING_DAYS: Int(5, 'defects are told in one notice within N working days'),
  PERMITS_SUPPLEMENT_DAYS: Int(30, 'the applicant supplements within N days of the notice'),
  PERMITS_LIMIT_HAZCHEM_OPERATION: Int(45, 'statutory decision limit of an operation licence'),
  PERMITS_LIMIT_HAZCHEM_OPERATION_KIND: DayKind('calendar', 'day kind of that limit'),
  PERMITS_LIMIT_CONSTRUCTION_REVIEW: Int(20, 'limit of a construction project safety review'),
  PERMITS_LIMIT_CONSTRUCTION_REVIEW_KIND: DayKind('working', 'day kind of that limit'),
  PERMITS_LIMIT_PRODUCTION_FIRST_REVIEW: Int(45, 'limit of a production licence first review'),
  PERMITS_LIMIT_PRODUCTION_FIRST_REVIEW_KIND: DayKind('calendar', 'day kind of that limit'),
  PERMITS_LOCAL_COMPRESSION: Type.Number({
    minimum: 0,
    maximum: 0.9,
    default: 0.3334,
    description: 'share of every limit the local rule takes off (*local*: one-third to one-half)',
  }),
  PERMITS_MIN_INSPECTORS: Int(2, 'a site inspection is done by at least N inspectors', 10),
  PERMITS_LICENCE_VALIDITY_YEARS: Int(3, 'a licence is valid N years', 10),
  PERMITS_RENEWAL_NOTICE_MONTHS: Int(3, 'renewal is filed N months before expiry', 24),
  PERMITS_RENEWAL_REMINDER_DAYS: Int(30, 'renewal-due notice N days before renewal is due', 365),
  PERMITS_APPEAL_REVIEW_DAYS: Int(60, 'administrative reconsideration within N days (行政复议法)'),
  PERMITS_APPEAL_LITIGATION_MONTHS: Int(6, 'administrative litigation within N months', 24),
  PERMITS_AUTHORITY: Type.String({
    minLength: 1,
    maxLength: 60,
    default: '湖州市应急管理局',
    description: 'the deciding authority named in decisions and appeal information',
  }),
  PERMITS_NUMBER_PREFIX: Type.String({
    pattern: '^[A-Za-z0-9]{1,12}$',
    default: 'HZ',
    description: 'prefix of application, licence and decision numbers',
  }),
  PERMITS_SUSPEND_ON_LISTED_HAZARD_ONLY: Type.Boolean({
    default: true,
    description: 'suspend for an overdue major hazard only when it is listed (挂牌督办)',
  }),
  PERMITS_SERVICE_ACTOR: Type.String({
    pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
    default: 'permits-service',
    description: 'actor id of what the service does by itself (sweeper, consumers)',
  }),
  PERMITS_SWEEPER: Type.Boolean({
    default: true,
    description:
      'run the deadline/expiry sweeper in this process (replicas coordinate by row locks)',
  }),
  PERMITS_SWEEP_INTERVAL_MS: Type.Integer({ minimum: 100, default: 60_000 }),
  PERMITS_SWEEP_BATCH: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  PERMITS_TRACK_RATE_PER_MINUTE: Int(30, 'public tracking lookups per client per minute', 10_000),
  PERMITS_TRACK_BURST: Int(10, 'burst of public tracking lookups per client', 10_000),
  PERMITS_HOLIDAYS: IsoDates('statutory holidays (days off on weekdays), comma-separated'),
  PERMITS_MAKEUP_WORKDAYS: IsoDates('weekend days that are working days (调休), comma-separated'),
});

/** The loaded configuration. */
export type Config = Static<typeof Config>;
