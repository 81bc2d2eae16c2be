import type { Static, TObject } from '@sinclair/typebox';
import type { BaseServiceConfig } from '../config/base-config.js';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';
import type { ServiceApp } from '../http/service-app-options.js';
import { createLogger } from '../telemetry/logger.js';
import { startTelemetry } from '../telemetry/start-telemetry.js';
import type { RunServiceOptions } from './service-context.js';
import type { Closer } from './shutdown-sequence.js';
import { createStopper } from './stopper.js';

/**
 * A service's `main()`: loads config (a ConfigError is printed and the process exits 1),
 * starts telemetry and the logger, builds the app, listens on HOST:PORT. On SIGTERM/SIGINT it
 * stops accepting connections, lets in-flight requests finish (`app.close()`), runs the
 * service's closers in reverse order, flushes telemetry and exits 0; if that takes longer
 * than SHUTDOWN_TIMEOUT_MS, or a second signal arrives, it exits 1.
 */
export async function runService<T extends TObject>(
  options: RunServiceOptions<T> &
    (Static<T> extends BaseServiceConfig ? unknown : 'config must extend BaseServiceConfig'),
): Promise<void> {
  let config: Static<T>;
  try {
    config = loadConfig(options.config, options.env ?? process.env);
  } catch (error) {
    process.stderr.write(
      `${options.name}: ${error instanceof ConfigError ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  const base = config as BaseServiceConfig;
  const logger = createLogger({
    name: options.name,
    level: base.LOG_LEVEL,
    redact: base.LOG_REDACT,
  });
  const telemetry = startTelemetry({
    serviceName: options.name,
    serviceVersion: options.version,
    otlpEndpoint: base.OTEL_EXPORTER_OTLP_ENDPOINT,
  });
  const closers: Closer[] = [{ name: 'telemetry', close: () => telemetry.shutdown() }];
  const onShutdown = (name: string, close: () => Promise<void>) =>
    void closers.unshift({ name, close });
  let app: ServiceApp | undefined;
  const stop = createStopper(logger, base.SHUTDOWN_TIMEOUT_MS, () => {
    const http = app;
    return http === undefined ? closers : [{ name: 'http', close: () => http.close() }, ...closers];
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => void stop(signal, 0));
  for (const event of ['unhandledRejection', 'uncaughtException'] as const) {
    process.on(event, (error) => {
      logger.fatal({ err: error }, event);
      void stop(event, 1);
    });
  }

  try {
    const built = await options.build({ config, logger, telemetry, onShutdown });
    app = built.app;
    if (built.close !== undefined) onShutdown('service', built.close);
    await app.listen({ port: base.PORT, host: base.HOST });
    logger.info({ address: app.server.address() }, 'listening');
  } catch (error) {
    logger.fatal({ err: error }, 'start failed');
    await stop('start failed', 1);
  }
}
