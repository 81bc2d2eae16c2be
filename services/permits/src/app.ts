// buildApp(deps): the permits service's HTTP routes, its consumers (the projections of the
// directory, credit, insurance, hazards and accidents) and the sweeper. Stopped in reverse at
// shutdown.
import { buildServiceApp, databaseReadiness, type ServiceApp } from '@yiwang/service-kit';
import { makeSweeper } from './app/sweep.js';
import type { Deps } from './deps.js';
import { projectAccidents } from './events/project-accidents.js';
import { projectCreditListings } from './events/project-credit-listings.js';
import { projectEnterprises } from './events/project-enterprises.js';
import { projectHazards } from './events/project-hazards.js';
import { projectInsurance } from './events/project-insurance.js';
import { applicationRoutes } from './http/application-routes.js';
import { errorStatus } from './http/error-status.js';
import { licenceRoutes } from './http/licence-routes.js';
import { statsRoutes } from './http/stats-routes.js';
import { stepRoutes } from './http/step-routes.js';
import { trackRoutes } from './http/track-routes.js';
import { violationRoutes } from './http/violation-routes.js';

/** Builds the permits app; consumers start here. */
export async function buildApp(deps: Deps): Promise<ServiceApp> {
  const app = await buildServiceApp({
    name: 'permits',
    version: '0.1.0',
    description:
      'Permits: licence applications handled online end to end with the credit veto, licences and their lifecycle, public progress (最多跑一次).',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus,
  });
  applicationRoutes(app, deps);
  statsRoutes(app, deps);
  stepRoutes(app, deps);
  licenceRoutes(app, deps);
  trackRoutes(app, deps);
  violationRoutes(app, deps);
  await deps.bus.consume(projectEnterprises(deps));
  await deps.bus.consume(projectCreditListings(deps));
  await deps.bus.consume(projectInsurance(deps));
  await deps.bus.consume(projectHazards(deps));
  await deps.bus.consume(projectAccidents(deps));
  if (deps.config.PERMITS_SWEEPER) {
    const sweeper = makeSweeper(deps);
    sweeper.start();
    app.addHook('onClose', () => sweeper.stop());
  }
  return app;
}
