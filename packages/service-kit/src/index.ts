// The public API of @yiwang/service-kit. Everything else is internal (ARCHITECTURE §2).

// config
export { BaseServiceConfig } from './config/base-config.js';
export { JwtConfig } from './config/jwt-config.js';
export { LogLevel } from './config/log-level.js';
export { ConfigError } from './config/config-error.js';
export { loadConfig, type ConfigRule } from './config/load-config.js';

// clock
export {
  CLOCK_FILE_REFRESH_MS,
  ClockFileError,
  makeClock,
  type Clock,
  type ClockConfig,
} from './clock/make-clock.js';

// HTTP app
export { buildServiceApp } from './http/build-service-app.js';
export type { ServiceApp, ServiceAppOptions } from './http/service-app-options.js';

// pagination
export {
  decodeCursor,
  decodeKeyCursor,
  encodeCursor,
  encodeKeyCursor,
  invalidCursor,
  keysetPage,
} from './http/cursor.js';

export { Page, PageQuery, bearerSecurity, problemResponses } from './http/route-schemas.js';

// rate limits of anonymous routes
export {
  makeFailureGate,
  makeTokenBucket,
  type FailureGate,
  type TokenBucket,
} from './http/rate-limit.js';

// errors
export { DomainError, type DomainErrorOptions } from './errors/domain-error.js';
export {
  ForbiddenError,
  MalformedBodyError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './errors/kit-errors.js';
export { isConnectionFailure } from './errors/connection-failure.js';
export {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_PREFIX,
  ProblemDetails,
  problemDetails,
  sendProblem,
  type ProblemInit,
} from './errors/problem.js';
export { statusForCode, type ErrorStatusMap } from './errors/status-map.js';
export type { FieldError } from './errors/validation-errors.js';

// auth
export { principalOf } from './auth/auth-plugin.js';
export type { AccessRule, Auth, RegionSource } from './auth/auth-types.js';
export { apiKeyId, generateApiKey, verifyApiKey, type GeneratedApiKey } from './auth/api-key.js';
export { mintToken, type MintOptions, type SigningKey } from './auth/mint-token.js';
export { TokenClaims, type Principal } from './auth/principal.js';
export { anyRegionCovers, assertRegionAccess, regionCovers, scopeRegions } from './auth/region.js';
export { createTokenVerifier, type TokenVerifier } from './auth/token-verifier.js';

// health
export {
  databaseReadiness,
  natsReadiness,
  type NatsStatus,
  type Queryable,
} from './health/checks.js';
export type { ReadinessCheck, ReadinessReport } from './health/readiness.js';

// telemetry
export { createLogger, defaultRedactPaths, type LoggerOptions } from './telemetry/logger.js';
export {
  startTelemetry,
  type Telemetry,
  type TelemetryOptions,
} from './telemetry/start-telemetry.js';

// lifecycle
export { runService } from './lifecycle/run-service.js';
export type { RunServiceOptions, ServiceContext } from './lifecycle/service-context.js';
export { retryWhileUnreachable, type RetryOptions } from './lifecycle/retry-connection.js';

// dashboards
export { tallyByRegion, type RegionTallies, type RegionTally } from './stats/tally-by-region.js';

// database
export { connectDatabase, type ConnectOptions, type Database } from './db/connect-database.js';
export { DatabaseError } from './db/database-error.js';
export { inRegions } from './db/region-filter.js';
export { ensureDatabase } from './db/ensure-database.js';
export { migrateDatabase } from './db/migrate-database.js';
export {
  openServiceDatabase,
  type OpenServiceDatabaseOptions,
} from './db/open-service-database.js';

// event backbone (the bus, wired for a service)
export {
  connectEventBackbone,
  type BackboneOptions,
  type ConsumerSpec,
  type EventBackbone,
} from './runtime/event-backbone.js';

// the core of every service's Deps: database + bus + clock + ids
export {
  connectServiceCore,
  type Ids,
  type ServiceCore,
  type ServiceCoreOptions,
  type ServiceCoreOverrides,
} from './runtime/service-core.js';
