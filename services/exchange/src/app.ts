// buildApp(deps): the exchange's HTTP routes, its consumers (fan-out and grid dispatch), the
// in-process delivery worker, the grid sweeper and the archive purger. Stopped in reverse at
// shutdown.
import { buildServiceApp, databaseReadiness, type ServiceApp } from '@yiwang/service-kit';
import { makeDeliveryWorker } from './delivery/worker.js';
import type { Deps } from './deps.js';
import { dispatchWhenAlarmEscalated } from './events/dispatch-when-alarm-escalated.js';
import { dispatchWhenHazardReported } from './events/dispatch-when-hazard-reported.js';
import { shareWhenEventPublished } from './events/share-when-event-published.js';
import { errorStatus } from './http/error-status.js';
import { registerRoutes } from './http/routes.js';
import { makeArchivePurger } from './sweeper/archive-purger.js';
import { makeGridSweeper } from './sweeper/grid-sweeper.js';

/** Builds the exchange app; consumers and the worker start here. */
export async function buildApp(deps: Deps): Promise<ServiceApp> {
  const app = await buildServiceApp({
    name: 'exchange',
    version: '0.1.0',
    description:
      'The one network: departments and sharing policies, the enterprise directory, grid dispatch, webhooks, the pull feed and the sharing ledger.',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus,
  });
  await registerRoutes(app, deps);

  await deps.bus.consume(shareWhenEventPublished(deps));
  await deps.bus.consume(dispatchWhenHazardReported(deps));
  await deps.bus.consume(dispatchWhenAlarmEscalated(deps));
  if (deps.config.EXCHANGE_GRID_SWEEPER) {
    const sweeper = makeGridSweeper(deps);
    sweeper.start();
    app.addHook('onClose', () => sweeper.stop());
  }
  const purger = makeArchivePurger(deps);
  purger.start();
  app.addHook('onClose', () => purger.stop());
  if (deps.config.EXCHANGE_DELIVERY_WORKER) {
    const worker = makeDeliveryWorker(deps);
    worker.start();
    app.addHook('onClose', () => worker.stop());
  }
  return app;
}
