// The console's environment (STYLE.md: the only reader of process.env, through loadConfig).
// The console keeps no database: staff accounts come from configuration, sessions are signed
// cookies, and everything else is proxied to the services that own it.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig, JwtConfig, type ConfigRule } from '@yiwang/service-kit';

const base = BaseServiceConfig.properties;
const url = (port: number, service: string) =>
  Type.String({
    pattern: '^https?://[^\\s/]+(/[^\\s]*)?$',
    default: `http://127.0.0.1:${port}`,
    description: `base URL of the ${service} service`,
  });

/** One staff account: `username:dept:role+role:region+region:scrypt$…` (see README). */
export const UserEntry = Type.String({
  pattern: '^[a-z0-9._-]{1,64}:[A-Za-z0-9._-]{1,64}:[a-z0-9+-]{1,200}:[0-9+]{6,400}:scrypt\\$.+$',
});

export const Config = Type.Object({
  ...JwtConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port' }),
  HOST: base.HOST,
  LOG_LEVEL: base.LOG_LEVEL,
  LOG_REDACT: base.LOG_REDACT,
  OTEL_EXPORTER_OTLP_ENDPOINT: base.OTEL_EXPORTER_OTLP_ENDPOINT,
  BODY_LIMIT_BYTES: Type.Integer({
    minimum: 1024,
    default: 262_144,
    description: 'max request body size (forms, not files)',
  }),
  JSON_MAX_DEPTH: Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: 16,
    description: 'max JSON nesting depth',
  }),
  READINESS_TIMEOUT_MS: base.READINESS_TIMEOUT_MS,
  TRUST_PROXY: base.TRUST_PROXY,
  SHUTDOWN_TIMEOUT_MS: base.SHUTDOWN_TIMEOUT_MS,
  CONSOLE_USERS: Type.Array(UserEntry, {
    default: [],
    description:
      'staff accounts, comma-separated `username:dept:roles:regions:hash`; roles and regions joined with +; hash from `pnpm --filter @yiwang/console hash-password`',
  }),
  CONSOLE_DEMO_PASSWORD: Type.Optional(
    Type.String({
      minLength: 12,
      description:
        'local hub only: enables the demo accounts (operator, inspector-wuxing, …) with this password',
    }),
  ),
  CONSOLE_SESSION_TTL_MINUTES: Type.Integer({
    minimum: 5,
    maximum: 1440,
    default: 480,
    description: 'session lifetime (one shift)',
  }),
  CONSOLE_SERVICE_TOKEN_TTL_S: Type.Integer({
    minimum: 10,
    maximum: 3600,
    default: 120,
    description: 'lifetime of the bearer token minted for each proxied request',
  }),
  CONSOLE_COOKIE_SECURE: Type.Boolean({
    default: true,
    description: 'mark the session cookie Secure (browsers accept it on http://localhost too)',
  }),
  CONSOLE_LOGIN_MAX_FAILURES: Type.Integer({
    minimum: 1,
    default: 5,
    description: 'failed logins per client IP or username per 15 minutes before 429',
  }),
  CONSOLE_PUBLIC_RATE_PER_MINUTE: Type.Integer({
    minimum: 1,
    default: 20,
    description: 'public report/track requests per client IP per minute',
  }),
  CONSOLE_PUBLIC_BURST: Type.Integer({
    minimum: 1,
    default: 10,
    description: 'public requests a client IP may send at once',
  }),
  CONSOLE_UPSTREAM_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    default: 10_000,
    description: 'timeout of a proxied request',
  }),
  CONSOLE_ALARM_POLL_MS: Type.Integer({
    minimum: 200,
    default: 2_000,
    description: 'how often the alarm stream asks iot-ingest for changes',
  }),
  CONSOLE_NAME_CACHE_SECONDS: Type.Integer({
    minimum: 0,
    maximum: 86_400,
    default: 300,
    description: 'how long an enterprise name from the directory is reused (0: not cached)',
  }),
  CONSOLE_WEB_ROOT: Type.Optional(
    Type.String({ minLength: 1, description: 'folder of the built web app (default dist/web)' }),
  ),
  CONSOLE_EXCHANGE_URL: url(3100, 'exchange'),
  CONSOLE_COMPLAINTS_URL: url(3101, 'complaints'),
  CONSOLE_HAZARDS_URL: url(3102, 'hazards'),
  CONSOLE_IOT_INGEST_URL: url(3103, 'iot-ingest'),
  CONSOLE_CREDIT_URL: url(3104, 'credit'),
  CONSOLE_PERMITS_URL: url(3105, 'permits'),
  CONSOLE_INSURANCE_URL: url(3106, 'insurance'),
});
export type Config = Static<typeof Config>;

/** The console signs tokens, so it needs the shared HS256 secret (a public key cannot sign). */
export const needsSigningSecret: ConfigRule = (config) =>
  config['JWT_HS256_SECRET'] === undefined
    ? 'JWT_HS256_SECRET: required, the console mints the bearer tokens the services accept'
    : undefined;

/** The services the console proxies to, by the name used in `/api/<service>/…`. */
export const SERVICES = [
  'exchange',
  'complaints',
  'hazards',
  'iot-ingest',
  'credit',
  'permits',
  'insurance',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The configured base URL of each service. */
export function upstreams(config: Config): Record<ServiceName, string> {
  return {
    exchange: config.CONSOLE_EXCHANGE_URL,
    complaints: config.CONSOLE_COMPLAINTS_URL,
    hazards: config.CONSOLE_HAZARDS_URL,
    'iot-ingest': config.CONSOLE_IOT_INGEST_URL,
    credit: config.CONSOLE_CREDIT_URL,
    permits: config.CONSOLE_PERMITS_URL,
    insurance: config.CONSOLE_INSURANCE_URL,
  };
}
