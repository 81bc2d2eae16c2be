// buildApp(deps): the exchange's HTTP routes, its consumers (fan-out and grid dispatch) and
// the in-process delivery worker. Stopped in reverse at shutdown.
import { buildServiceApp, databaseReadiness, type ServiceApp } from '@yiwang/service-kit';
import { makeDeliveryWorker } from './delivery/worker.js';
import type { Deps } from './deps.js';
import { dispatchWhenAlarmEscalated } from './events/dispatch-when-alarm-escalated.js';
import { dispatchWhenHazardReported } from './events/dispatch-when-hazard-reported.js';
import { shareWhenEventPublished } from './events/share-when-event-published.js';
import { deliveryLogRoutes } from './http/delivery-log-routes.js';
import { deliveryReplayRoutes } from './http/delivery-replay-routes.js';
import { deliveryRoutes } from './http/delivery-routes.js';
import { departmentPolicyRoutes } from './http/department-policy-routes.js';
import { departmentRoutes } from './http/department-routes.js';
import { enterpriseReadRoutes } from './http/enterprise-read-routes.js';
import { enterpriseRoutes } from './http/enterprise-routes.js';
import { errorStatus } from './http/error-status.js';
import { feedRoutes } from './http/feed-routes.js';
import { gridReportReadRoutes } from './http/grid-report-read-routes.js';
import { gridReportRoutes } from './http/grid-report-routes.js';
import { gridCellReadRoutes } from './http/grid-cell-read-routes.js';
import { gridRoutes } from './http/grid-routes.js';
import { gridTaskRoutes } from './http/grid-task-routes.js';
import { gridTaskUpdateRoutes } from './http/grid-task-update-routes.js';
import { importRoute } from './http/import-route.js';
import { ledgerRoutes } from './http/ledger-routes.js';
import { natsRoutes } from './http/nats-routes.js';
import { subscriptionRoutes } from './http/subscription-routes.js';
import { subscriptionStatusRoutes } from './http/subscription-status-routes.js';

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
  departmentRoutes(app, deps);
  departmentPolicyRoutes(app, deps);
  enterpriseRoutes(app, deps);
  enterpriseReadRoutes(app, deps);
  await importRoute(app, deps);
  gridRoutes(app, deps);
  gridCellReadRoutes(app, deps);
  gridTaskRoutes(app, deps);
  gridTaskUpdateRoutes(app, deps);
  gridReportRoutes(app, deps);
  gridReportReadRoutes(app, deps);
  subscriptionRoutes(app, deps);
  subscriptionStatusRoutes(app, deps);
  deliveryRoutes(app, deps);
  deliveryReplayRoutes(app, deps);
  deliveryLogRoutes(app, deps);
  feedRoutes(app, deps);
  ledgerRoutes(app, deps);
  natsRoutes(app, deps);

  await deps.bus.consume(shareWhenEventPublished(deps));
  await deps.bus.consume(dispatchWhenHazardReported(deps));
  await deps.bus.consume(dispatchWhenAlarmEscalated(deps));
  if (deps.config.EXCHANGE_DELIVERY_WORKER) {
    const worker = makeDeliveryWorker(deps);
    worker.start();
    app.addHook('onClose', () => worker.stop());
  }
  return app;
}
