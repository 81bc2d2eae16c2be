// buildApp(deps): the iot-ingest service's HTTP routes, its projections (enterprise
// directory, installations) and the sweeper (escalation, offline detection, partitions).
import { buildServiceApp, databaseReadiness, type ServiceApp } from '@yiwang/service-kit';
import { maintainReadingPartitions, makeSweeper } from './app/sweep.js';
import type { Deps } from './deps.js';
import { projectEnterprises } from './events/project-enterprises.js';
import { projectInstallations } from './events/project-installations.js';
import { alarmRoutes } from './http/alarm-routes.js';
import { errorStatus } from './http/error-status.js';
import { gatewayRoutes } from './http/gateway-routes.js';
import { readingRoutes } from './http/reading-routes.js';
import { sensorRoutes } from './http/sensor-routes.js';

/** Builds the iot-ingest app; the reading partitions exist before the first request. */
export async function buildApp(deps: Deps): Promise<ServiceApp> {
  const app = await buildServiceApp({
    name: 'iot-ingest',
    version: '0.1.0',
    description:
      'IoT ingest: gateways post sensor readings of major hazard installations in batches; threshold alarms with hysteresis, escalation and offline detection.',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus,
  });
  await maintainReadingPartitions(deps);
  gatewayRoutes(app, deps);
  sensorRoutes(app, deps);
  await readingRoutes(app, deps);
  alarmRoutes(app, deps);
  await deps.bus.consume(projectEnterprises(deps));
  await deps.bus.consume(projectInstallations(deps));
  if (deps.config.IOT_SWEEPER) {
    const sweeper = makeSweeper(deps);
    sweeper.start();
    app.addHook('onClose', () => sweeper.stop());
  }
  return app;
}
