// buildApp(deps): the credit service's HTTP routes, its consumers (the directory and
// department projections, records from other contexts' events) and the expiry sweeper.
// Stopped in reverse at shutdown.
import { buildServiceApp, databaseReadiness, type ServiceApp } from '@yiwang/service-kit';
import { makeExpirySweeper } from './app/sweep-expiries.js';
import type { Deps } from './deps.js';
import { projectDepartments } from './events/project-departments.js';
import { projectEnterprises } from './events/project-enterprises.js';
import { recordWhenAccidentReported } from './events/record-when-accident-reported.js';
import { recordWhenHazardEscalated } from './events/record-when-hazard-escalated.js';
import { recordWhenInsuranceViolated } from './events/record-when-insurance-violated.js';
import { recordWhenLicenceSanctioned } from './events/record-when-licence-sanctioned.js';
import { recordWhenReportSubstantiated } from './events/record-when-report-substantiated.js';
import { recordWhenViolationRecorded } from './events/record-when-violation-recorded.js';
import { checkRoutes } from './http/check-routes.js';
import { errorStatus } from './http/error-status.js';
import { listingRoutes } from './http/listing-routes.js';
import { publicRoutes } from './http/public-routes.js';
import { recordRoutes } from './http/record-routes.js';
import { statsRoutes } from './http/stats-routes.js';
import { subjectRoutes } from './http/subject-routes.js';

/** Builds the credit app; consumers start here. */
export async function buildApp(deps: Deps): Promise<ServiceApp> {
  const app = await buildServiceApp({
    name: 'credit',
    version: '0.1.0',
    description:
      'Credit: records, the serious-dishonesty list (严重失信主体名单) with its listing flow, ratings, joint punishment and checks before acting.',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus,
  });
  subjectRoutes(app, deps);
  recordRoutes(app, deps);
  listingRoutes(app, deps);
  statsRoutes(app, deps);
  checkRoutes(app, deps);
  publicRoutes(app, deps);
  await deps.bus.consume(projectEnterprises(deps));
  await deps.bus.consume(projectDepartments(deps));
  await deps.bus.consume(recordWhenHazardEscalated(deps));
  await deps.bus.consume(recordWhenAccidentReported(deps));
  await deps.bus.consume(recordWhenReportSubstantiated(deps));
  await deps.bus.consume(recordWhenLicenceSanctioned(deps));
  await deps.bus.consume(recordWhenInsuranceViolated(deps));
  await deps.bus.consume(recordWhenViolationRecorded(deps));
  if (deps.config.CREDIT_SWEEPER) {
    const sweeper = makeExpirySweeper(deps);
    sweeper.start();
    app.addHook('onClose', () => sweeper.stop());
  }
  return app;
}
