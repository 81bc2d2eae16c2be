// Process entry: config, telemetry, deps, buildApp, listen, graceful shutdown. The kit's
// runService expects a database-backed service (DATABASE_URL); the console keeps no state,
// so it runs the same steps itself.
import { ConfigError, createLogger, loadConfig, startTelemetry } from '@yiwang/service-kit';
import { buildApp } from './app.js';
import { Config, needsSigningSecret } from './config.js';
import { makeDeps } from './deps.js';

let config: Config;
try {
  config = loadConfig(Config, process.env, [needsSigningSecret]);
} catch (error) {
  process.stderr.write(
    `console: ${error instanceof ConfigError ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
const logger = createLogger({
  name: 'console',
  level: config.LOG_LEVEL,
  redact: config.LOG_REDACT,
});
const telemetry = startTelemetry({
  serviceName: 'console',
  serviceVersion: '0.1.0',
  otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
});
const app = await buildApp(await makeDeps({ config, logger, telemetry }));
let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'stopping');
  const timer = setTimeout(() => process.exit(1), config.SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  void app
    .close()
    .then(() => telemetry.shutdown())
    .then(() => process.exit(0));
};
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal));
await app.listen({ port: config.PORT, host: config.HOST });
logger.info({ address: app.server.address() }, 'listening');
