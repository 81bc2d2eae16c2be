// buildApp(deps): the HTTP app (kit plugins, routes), the consumer and the deadline scheduler.
import { typeFilter } from '@yiwang/bus';
import {
  buildServiceApp,
  databaseReadiness,
  makeFailureGate,
  makeTokenBucket,
  type ServiceApp,
} from '@yiwang/service-kit';
import { makeDeadlineScheduler, type DeadlineScheduler } from './app/deadline-scheduler.js';
import type { Deps } from './deps.js';
import {
  RECORD_OUTCOME_CONSUMER,
  recordOutcomeWhenHazardClosed,
} from './events/record-outcome-when-hazard-closed.js';
import { adminRoutes } from './http/admin-routes.js';
import { caseRoutes } from './http/case-routes.js';
import { ERROR_STATUS } from './http/error-status.js';
import type { HttpContext } from './http/context.js';
import { identityRoutes } from './http/identity-routes.js';
import { intakeRoutes } from './http/intake-routes.js';
import { redactingLogger } from './http/log-redaction.js';
import { open311Plugin } from './http/open311/open311-plugin.js';
import { readRoutes } from './http/read-routes.js';
import { rewardRoutes } from './http/reward-routes.js';
import { statsRoutes } from './http/stats-routes.js';
import { trackingRoutes } from './http/tracking-routes.js';
import { verificationRoutes } from './http/verification-routes.js';

export type { Deps } from './deps.js';
export { makeDeps } from './deps.js';
export { Config } from './config.js';

/** The running app with its scheduler (started by `listen`, stopped on close). */
export type ComplaintsApp = ServiceApp & { readonly scheduler: DeadlineScheduler };

export async function buildApp(deps: Deps): Promise<ComplaintsApp> {
  const logger = redactingLogger(deps.logger, deps.config.LOG_REDACT);
  const app = await buildServiceApp({
    name: 'complaints',
    version: '0.1.0',
    description:
      'The 12350 whistleblower hotline: intake, tracking, case work, deadlines, rewards, the sealed identity vault and an Open311 GeoReport v2 face.',
    config: deps.config,
    logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus: ERROR_STATUS,
  });
  const now = () => deps.clock().getTime();
  const context: HttpContext = {
    deps,
    publicBucket: makeTokenBucket(
      deps.config.COMPLAINTS_PUBLIC_RATE_PER_MINUTE,
      deps.config.COMPLAINTS_PUBLIC_BURST,
      now,
    ),
    trackFailures: makeFailureGate(deps.config.COMPLAINTS_TRACK_MAX_FAILURES, 15 * 60_000, now),
  };
  intakeRoutes(app, context);
  trackingRoutes(app, context);
  readRoutes(app, context);
  statsRoutes(app, context);
  caseRoutes(app, context);
  verificationRoutes(app, context);
  rewardRoutes(app, context);
  identityRoutes(app, context);
  adminRoutes(app, context);
  await open311Plugin(app, context);

  await deps.bus.consume({
    name: RECORD_OUTCOME_CONSUMER,
    filterSubjects: [typeFilter('yiwang.hazards.hazard.closed.v1', deps.prefix)],
    handler: recordOutcomeWhenHazardClosed(deps),
  });
  const scheduler = makeDeadlineScheduler(deps, deps.config.COMPLAINTS_SCHEDULER_INTERVAL_MS);
  app.addHook('onReady', (done) => {
    scheduler.start();
    done();
  });
  app.addHook('onClose', () => scheduler.stop());
  return Object.assign(app, { scheduler });
}
