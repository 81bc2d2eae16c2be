import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { installAuth } from '../auth/auth-plugin.js';
import { createTokenVerifier } from '../auth/token-verifier.js';
import { installErrorHandling } from '../errors/error-handler.js';
import { installHealthRoutes } from '../health/health-routes.js';
import { installHttpMetrics } from '../telemetry/http-metrics.js';
import { installHttpTracing } from '../telemetry/http-tracing.js';
import { installMetricsRoute } from '../telemetry/metrics-route.js';
import { installAccessLog } from './access-log.js';
import { installApiDocs } from './api-docs.js';
import { installJsonBodyParser } from './json-body-parser.js';
import { installUrlScreen } from './url-screen.js';
import type { ServiceApp, ServiceAppOptions } from './service-app-options.js';
import { installShutdownGate } from './shutdown-gate.js';
import { validatorFactory } from './validator-compiler.js';

/**
 * Builds a service's Fastify 5 app with everything ARCHITECTURE §5 and §7 require: closed
 * TypeBox schemas validated with all errors and without body coercion, a size- and
 * depth-limited JSON parser, RFC 9457 errors, bearer auth guards (`app.auth`), `/healthz`,
 * `/readyz`, `/metrics`, OpenAPI at `/docs/json` with UI at `/docs`, a server span and a
 * `trace_id`-stamped access log per request. Register routes on the result; write every
 * object schema with `additionalProperties: false` (Ajv runs with `removeAdditional: false`,
 * so an extra field is a 400, not silently dropped).
 */
export async function buildServiceApp(options: ServiceAppOptions): Promise<ServiceApp> {
  const { config } = options;
  // Typed as Fastify's logger interface so the instance keeps the default logger generic.
  const loggerInstance: FastifyBaseLogger = options.logger;
  const app: FastifyInstance = Fastify({
    loggerInstance,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Client addresses (rate limits, logs) come from X-Forwarded-For only behind these proxies.
    trustProxy: trustedProxies(config.TRUST_PROXY ?? ''),
    return503OnClosing: false,
    genReqId: () => randomUUID(),
    schemaController: { compilersFactory: { buildValidator: validatorFactory() } },
  });
  const shutdown = { shuttingDown: false };
  installHttpTracing(app, options.telemetry.tracer);
  installHttpMetrics(app, options.telemetry.meter);
  installAccessLog(app);
  installShutdownGate(app, shutdown);
  installJsonBodyParser(app, config.JSON_MAX_DEPTH);
  installUrlScreen(app);
  installErrorHandling(app, {
    errorStatus: options.errorStatus ?? {},
    retryAfterSeconds: options.retryAfterSeconds ?? 5,
    realm: options.name,
  });
  installAuth(app, await createTokenVerifier(config));
  const info = { title: options.name, version: options.version ?? '0.0.0' };
  await installApiDocs(
    app,
    options.description === undefined ? info : { ...info, description: options.description },
  );
  installHealthRoutes(app, options.readiness ?? [], config.READINESS_TIMEOUT_MS, shutdown);
  installMetricsRoute(app, options.telemetry);
  return app.withTypeProvider<TypeBoxTypeProvider>();
}

function trustedProxies(list: string): string[] | false {
  const proxies = list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return proxies.length > 0 ? proxies : false;
}
