// The service's environment (STYLE.md: the only reader of process.env, through loadConfig).
// Every number of DOMAIN.md "Complaints" is here with the national value as its default.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const IsoDates = (description: string) =>
  Type.Array(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }), {
    default: [],
    description,
  });
const days = (fallback: number, description: string) =>
  Type.Integer({ minimum: 1, maximum: 3650, default: fallback, description });

export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3101, description: 'HTTP port' }),
  COMPLAINTS_VAULT_KEYS: Type.Array(
    Type.String({ pattern: '^[A-Za-z0-9._-]{1,32}:[A-Za-z0-9+/_-]{43}=?$' }),
    {
      minItems: 1,
      description:
        'identity-vault master keys, comma-separated `kid:base64(32 random bytes)`; make one with ' +
        "`node -e \"console.log('k1:'+require('crypto').randomBytes(32).toString('base64'))\"`",
    },
  ),
  COMPLAINTS_VAULT_ACTIVE_KEY_ID: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._-]{1,32}$',
      description: 'kid that wraps new data keys (default: the first of COMPLAINTS_VAULT_KEYS)',
    }),
  ),
  COMPLAINTS_VERIFY_DAYS: days(60, 'verify within N days of acceptance'),
  COMPLAINTS_MAX_EXTENSION_DAYS: days(30, 'the one extension of verification, at most N days'),
  COMPLAINTS_FEEDBACK_DAYS: days(10, 'feedback to the reporter within N days'),
  COMPLAINTS_CLAIM_DAYS: days(60, 'reward claimed within N days of notice'),
  COMPLAINTS_DUE_SOON_DAYS: days(7, 'due-soon notice N days before a due date'),
  COMPLAINTS_REPLY_WORKING_DAYS: days(
    5,
    'local: the reporter is answered (accepted or not) within N working days of receipt',
  ),
  COMPLAINTS_REPLY_DUE_SOON_DAYS: Type.Integer({
    minimum: 0,
    maximum: 3650,
    default: 1,
    description: 'due-soon notice of the reply time limit N calendar days before it',
  }),
  COMPLAINTS_CONCLUDE_DAYS: days(30, 'local: a report is concluded within N days of acceptance'),
  COMPLAINTS_CONCLUDE_MAX_DAYS: days(
    90,
    'local: … or within at most N days of acceptance with a supervisor’s approval',
  ),
  COMPLAINTS_HOLIDAYS: IsoDates('statutory holidays (weekdays off), comma-separated YYYY-MM-DD'),
  COMPLAINTS_MAKEUP_WORKDAYS: IsoDates(
    'weekend days that are working days (调休), comma-separated YYYY-MM-DD',
  ),
  COMPLAINTS_DUPLICATE_WINDOW_DAYS: days(90, 'same enterprise + scope within N days = same matter'),
  COMPLAINTS_REWARD_RULE_SET: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9._-]{1,32}$',
      description: 'pin a reward rule-set version (default: by effective date)',
    }),
  ),
  COMPLAINTS_EMPLOYEE_BONUS: Type.Boolean({
    default: true,
    description: 'local option: +20 % reward for an employee reporting their employer',
  }),
  COMPLAINTS_SCHEDULER_INTERVAL_MS: Type.Integer({
    minimum: 0,
    default: 60_000,
    description: 'deadline scan interval (0 = no scheduler in this process)',
  }),
  COMPLAINTS_PUBLIC_RATE_PER_MINUTE: Type.Integer({
    minimum: 1,
    default: 20,
    description: 'anonymous requests per client IP per minute (intake, tracking, Open311)',
  }),
  COMPLAINTS_PUBLIC_BURST: Type.Integer({
    minimum: 1,
    default: 10,
    description: 'anonymous requests a client IP may send at once',
  }),
  COMPLAINTS_TRACK_MAX_FAILURES: Type.Integer({
    minimum: 1,
    default: 5,
    description: 'wrong tracking keys per client IP or code per 15 minutes before 429',
  }),
  COMPLAINTS_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_]{0,31}$',
    default: 'yiwang',
    description: 'NATS subject/stream prefix (isolates a staging hub or a benchmark)',
  }),
  COMPLAINTS_OPEN311_JURISDICTION: Type.String({
    pattern: '^[0-9]{6}$',
    default: '330500',
    description: 'region code used when an Open311 request names no jurisdiction_id',
  }),
});
export type Config = Static<typeof Config>;
