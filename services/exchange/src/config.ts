// The exchange's environment: the kit's base variables plus its own. The only reader of
// process.env (through the kit's loadConfig). Every number here is a default, not a law.
import { Type, type Static } from '@sinclair/typebox';
import { BaseServiceConfig } from '@yiwang/service-kit';

const Ms = (defaultValue: number, description: string, minimum = 0) =>
  Type.Integer({ minimum, default: defaultValue, description });

/** TypeBox schema of the exchange service's configuration. */
export const Config = Type.Object({
  ...BaseServiceConfig.properties,
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3100, description: 'HTTP port' }),
  EXCHANGE_BUS_PREFIX: Type.String({
    pattern: '^[a-z][a-z0-9_-]{0,63}$',
    default: 'yiwang',
    description: 'subject/stream prefix token (tests use a unique one)',
  }),
  EXCHANGE_HOME_REGION: Type.String({
    pattern: '^[1-9][0-9]{5}$',
    default: '330500',
    description: 'region code of hub-level events (departments): the city',
  }),
  EXCHANGE_WEBHOOK_RETRY_SCHEDULE: Type.Array(Type.String({ pattern: '^[0-9]+(ms|s|m|h)$' }), {
    minItems: 1,
    default: ['5s', '5m', '30m', '2h', '5h', '10h', '10h'],
    description: 'delays before each retry of a webhook delivery (default spans 27.6 h)',
  }),
  EXCHANGE_WEBHOOK_TIMEOUT_MS: Ms(10_000, 'timeout of one webhook request', 100),
  EXCHANGE_WEBHOOK_DISABLE_AFTER_HOURS: Type.Number({
    minimum: 0,
    default: 120,
    description: 'an endpoint failing without a success for this long is disabled …',
  }),
  EXCHANGE_WEBHOOK_DISABLE_AFTER_FAILURES: Type.Integer({
    minimum: 1,
    default: 20,
    description: '… once it also has at least this many consecutive failed attempts',
  }),
  EXCHANGE_WEBHOOK_ALLOW_HTTP: Type.Boolean({
    default: false,
    description: 'accept plain http:// webhook URLs (development and tests only)',
  }),
  EXCHANGE_DELIVERY_WORKER: Type.Boolean({
    default: true,
    description: 'run the webhook/NATS delivery loop in this process',
  }),
  EXCHANGE_DELIVERY_POLL_MS: Ms(1_000, 'delivery queue polling interval', 10),
  EXCHANGE_DELIVERY_BATCH: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  EXCHANGE_FEED_STREAM_POLL_MS: Ms(1_000, 'how often an SSE stream looks for new items', 10),
  EXCHANGE_FEED_STREAM_HEARTBEAT_MS: Ms(15_000, 'SSE keep-alive comment interval', 100),
  EXCHANGE_IMPORT_MAX_ROWS: Type.Integer({ minimum: 1, maximum: 100_000, default: 10_000 }),
  EXCHANGE_IMPORT_MAX_BYTES: Type.Integer({ minimum: 1024, default: 8 * 1_048_576 }),
  EXCHANGE_GRID_TASK_SLA_HOURS: Type.Number({ exclusiveMinimum: 0, default: 72 }),
  EXCHANGE_GRID_ALARM_SLA_HOURS: Type.Number({ exclusiveMinimum: 0, default: 4 }),
  EXCHANGE_GRID_SWEEPER: Type.Boolean({
    default: true,
    description: 'flag grid tasks past their SLA (gridtask.overdue) in this process',
  }),
  EXCHANGE_GRID_SWEEP_INTERVAL_MS: Ms(60_000, 'how often open grid tasks are checked', 100),
  EXCHANGE_GRID_SWEEP_BATCH: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  EXCHANGE_ARCHIVE_DAYS: Type.Integer({
    minimum: 1,
    maximum: 366,
    default: 30,
    description: 'events are archived this long for departments that join late (catch-up)',
  }),
  EXCHANGE_ARCHIVE_PURGE_INTERVAL_MS: Ms(3_600_000, 'how often older archived events go', 100),
  EXCHANGE_SECRETS_KEY: Type.Optional(
    Type.String({ minLength: 32, description: 'seals webhook secrets at rest (AES-256-GCM)' }),
  ),
  EXCHANGE_SHARE_NATS_URL: Type.Optional(
    Type.String({
      pattern: '^(nats|tls)://',
      description: 'connection (user exchange-share) for the SHARING account; default NATS_URL',
    }),
  ),
});

/** The loaded configuration. */
export type Config = Static<typeof Config>;
