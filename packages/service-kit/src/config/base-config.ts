import { Type, type Static } from '@sinclair/typebox';
import { JwtConfig } from './jwt-config.js';
import { LogLevel } from './log-level.js';

/**
 * The environment every service reads. A service extends it with its own variables:
 * `Type.Composite([BaseServiceConfig, Type.Object({ ... })])` or
 * `Type.Object({ ...BaseServiceConfig.properties, ... })`, then calls {@link loadConfig}.
 * At least one of `JWT_HS256_SECRET` and `JWT_EDDSA_PUBLIC_KEYS` must be set (checked by
 * `loadConfig` whenever a schema declares both).
 */
export const BaseServiceConfig = Type.Object({
  PORT: Type.Integer({
    minimum: 0,
    maximum: 65535,
    default: 3000,
    description: 'HTTP port (0 = any free port)',
  }),
  HOST: Type.String({ minLength: 1, default: '0.0.0.0', description: 'interface to listen on' }),
  LOG_LEVEL: LogLevel,
  LOG_REDACT: Type.Array(Type.String({ minLength: 1 }), {
    default: [],
    description: 'extra pino redact paths, comma-separated, added to the built-in ones',
  }),
  DATABASE_URL: Type.String({
    pattern: '^postgres(ql)?://',
    description: 'postgres://user:pass@host:port/db of this service',
  }),
  DATABASE_POOL_MAX: Type.Integer({
    minimum: 2,
    maximum: 500,
    default: 10,
    description: 'connections to the service database (the outbox relay holds one)',
  }),
  NATS_URL: Type.String({
    pattern: '^(nats|tls|ws|wss)://',
    default: 'nats://127.0.0.1:4222',
    description: 'NATS server URL(s), comma-separated',
  }),
  ...JwtConfig.properties,
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description: 'OTLP/HTTP collector base URL; unset = no export',
    }),
  ),
  TRUST_PROXY: Type.String({
    default: '',
    description:
      'addresses/CIDRs of reverse proxies whose X-Forwarded-For is trusted (comma-separated; empty: none)',
  }),
  BODY_LIMIT_BYTES: Type.Integer({
    minimum: 1024,
    default: 1_048_576,
    description: 'max request body size',
  }),
  JSON_MAX_DEPTH: Type.Integer({
    minimum: 1,
    maximum: 1000,
    default: 32,
    description: 'max JSON nesting depth',
  }),
  READINESS_TIMEOUT_MS: Type.Integer({
    minimum: 50,
    default: 1000,
    description: 'per-dependency /readyz timeout',
  }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({
    minimum: 100,
    default: 10_000,
    description: 'graceful shutdown budget',
  }),
  BUS_STREAM_REPLICAS: Type.Integer({
    minimum: 1,
    maximum: 5,
    default: 1,
    description: 'JetStream replicas of each stream (3 on a cluster)',
  }),
  BUS_OUTBOX_RETENTION_HOURS: Type.Integer({
    minimum: 0,
    default: 168,
    description: 'how long published outbox rows are kept for replay',
  }),
  BUS_INBOX_RETENTION_HOURS: Type.Integer({
    minimum: 1,
    default: 720,
    description:
      'how long consumed event ids are remembered (keep above every producer’s outbox retention)',
  }),
  CLOCK_FILE: Type.Optional(
    Type.String({
      minLength: 1,
      description:
        'tests only: JSON file {"offsetMs": <integer>} moving this service\'s clock (missing file = 0); refused when NODE_ENV=production',
    }),
  ),
  NODE_ENV: Type.Optional(
    Type.String({
      description: 'read only to refuse test-only settings (CLOCK_FILE) in production',
    }),
  ),
});

/** The typed result of loading {@link BaseServiceConfig}. */
export type BaseServiceConfig = Static<typeof BaseServiceConfig>;
