import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { JwtConfig } from '../config/jwt-config.js';
import type { BaseServiceConfig } from '../config/base-config.js';
import type { ErrorStatusMap } from '../errors/status-map.js';
import type { ReadinessCheck } from '../health/readiness.js';
import type { Telemetry } from '../telemetry/start-telemetry.js';

/** The Fastify instance a service gets: TypeBox-typed routes, kit decorations included. */
export type ServiceApp = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Options of {@link buildServiceApp}. */
export interface ServiceAppOptions {
  /** Service name, shown in the OpenAPI title and logs. */
  readonly name: string;
  readonly version?: string;
  readonly description?: string;
  readonly config: JwtConfig &
    Pick<BaseServiceConfig, 'BODY_LIMIT_BYTES' | 'JSON_MAX_DEPTH' | 'READINESS_TIMEOUT_MS'> &
    Partial<Pick<BaseServiceConfig, 'TRUST_PROXY'>>;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  /** Dependencies `/readyz` checks, e.g. `[databaseReadiness(pool), natsReadiness(nc)]`. */
  readonly readiness?: readonly ReadinessCheck[];
  /** The service's code → status table (see `statusForCode`). */
  readonly errorStatus?: ErrorStatusMap;
  /** `Retry-After` seconds on 503 caused by an unreachable dependency; default 5. */
  readonly retryAfterSeconds?: number;
}
