// buildApp(deps): the hazards service's HTTP routes, its consumers (the enterprise
// projection and the cases other contexts open) and the deadline sweeper. Stopped in
// reverse at shutdown.
import {
  buildServiceApp,
  databaseReadiness,
  makeTokenBucket,
  type ServiceApp,
} from '@yiwang/service-kit';
import { makeDeadlineSweeper } from './app/deadline-sweeper.js';
import type { Deps } from './deps.js';
import { noteWhenGridReportInvalidated } from './events/note-when-grid-report-invalidated.js';
import { openCaseWhenAlarmEscalated } from './events/open-case-when-alarm-escalated.js';
import { openCaseWhenGridReportReceived } from './events/open-case-when-grid-report-received.js';
import { openCaseWhenPreventionFindingReported } from './events/open-case-when-prevention-finding-reported.js';
import { openCaseWhenReportSubstantiated } from './events/open-case-when-report-substantiated.js';
import { projectAlarms } from './events/project-alarms.js';
import { projectEnterprises } from './events/project-enterprises.js';
import { accidentRoutes } from './http/accident-routes.js';
import { errorStatus } from './http/error-status.js';
import { hazardRoutes } from './http/hazard-routes.js';
import { installationReadRoutes } from './http/installation-read-routes.js';
import { installationRoutes } from './http/installation-routes.js';
import { noticeRoutes } from './http/notice-routes.js';
import { openStatsRoute } from './http/open-stats-route.js';
import { reportHazardRoute } from './http/report-hazard-route.js';
import { statisticsRoutes } from './http/statistics-routes.js';
import { statsRoute } from './http/stats-route.js';
import { transitionRoutes } from './http/transition-routes.js';

/** Builds the hazards app; consumers start here. */
export async function buildApp(deps: Deps): Promise<ServiceApp> {
  const app = await buildServiceApp({
    name: 'hazards',
    version: '0.1.0',
    description:
      'Hazard registry: general and major hazard cases with closed-loop remediation and listed supervision (挂牌督办).',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus,
  });
  reportHazardRoute(app, deps);
  hazardRoutes(app, deps);
  transitionRoutes(app, deps);
  const publicBucket = makeTokenBucket(
    deps.config.HAZARDS_PUBLIC_RATE_PER_MINUTE,
    deps.config.HAZARDS_PUBLIC_BURST,
    () => deps.clock.now().getTime(),
  );
  noticeRoutes(app, deps, publicBucket);
  accidentRoutes(app, deps);
  installationRoutes(app, deps);
  installationReadRoutes(app, deps);
  statisticsRoutes(app, deps);
  statsRoute(app, deps);
  openStatsRoute(app, deps);
  await deps.bus.consume(projectEnterprises(deps));
  await deps.bus.consume(projectAlarms(deps));
  await deps.bus.consume(openCaseWhenReportSubstantiated(deps));
  await deps.bus.consume(openCaseWhenGridReportReceived(deps));
  await deps.bus.consume(noteWhenGridReportInvalidated(deps));
  await deps.bus.consume(openCaseWhenAlarmEscalated(deps));
  await deps.bus.consume(openCaseWhenPreventionFindingReported(deps));
  if (deps.config.HAZARDS_SWEEPER) {
    const sweeper = makeDeadlineSweeper(deps);
    sweeper.start();
    app.addHook('onClose', () => sweeper.stop());
  }
  return app;
}
