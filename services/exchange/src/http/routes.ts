// Every HTTP route of the exchange, registered in one place (buildApp calls it).
import type { ServiceApp } from '@yiwang/service-kit';
import type { Deps } from '../deps.js';
import { catchUpRoutes } from './catch-up-routes.js';
import { deliveryLogRoutes } from './delivery-log-routes.js';
import { deliveryReplayRoutes } from './delivery-replay-routes.js';
import { deliveryRoutes } from './delivery-routes.js';
import { departmentPolicyRoutes } from './department-policy-routes.js';
import { departmentRoutes } from './department-routes.js';
import { enterpriseReadRoutes } from './enterprise-read-routes.js';
import { enterpriseRoutes } from './enterprise-routes.js';
import { feedRoutes } from './feed-routes.js';
import { gridReportReadRoutes } from './grid-report-read-routes.js';
import { gridReportRoutes } from './grid-report-routes.js';
import { gridCellReadRoutes } from './grid-cell-read-routes.js';
import { gridRoutes } from './grid-routes.js';
import { gridTaskRoutes } from './grid-task-routes.js';
import { gridTaskUpdateRoutes } from './grid-task-update-routes.js';
import { importRoute } from './import-route.js';
import { ledgerRoutes } from './ledger-routes.js';
import { natsRoutes } from './nats-routes.js';
import { subscriptionRoutes } from './subscription-routes.js';
import { subscriptionStatusRoutes } from './subscription-status-routes.js';

/** Registers the routes. */
export async function registerRoutes(app: ServiceApp, deps: Deps): Promise<void> {
  departmentRoutes(app, deps);
  departmentPolicyRoutes(app, deps);
  catchUpRoutes(app, deps);
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
}
