// buildApp(deps): the insurance service's HTTP routes, its consumers (the directory, accident
// and credit projections) and the lapse sweeper. The configured premium rule table is seeded
// before the routes answer. Stopped in reverse at shutdown.
import { buildServiceApp, databaseReadiness, type ServiceApp } from '@yiwang/service-kit';
import { seedPremiumRules } from './app/seed-premium-rules.js';
import { makePolicySweeper } from './app/sweep-policies.js';
import type { Deps } from './deps.js';
import { projectAccidents } from './events/project-accidents.js';
import { projectCredit } from './events/project-credit.js';
import { projectEnterprises } from './events/project-enterprises.js';
import { awardRoutes } from './http/award-routes.js';
import { claimRoutes } from './http/claim-routes.js';
import { complianceRoutes } from './http/compliance-routes.js';
import { errorStatus } from './http/error-status.js';
import { evaluationRoutes } from './http/evaluation-routes.js';
import { policyChangeRoutes } from './http/policy-change-routes.js';
import { policyRoutes } from './http/policy-routes.js';
import { preventionRoutes } from './http/prevention-routes.js';
import { quoteRoutes } from './http/quote-routes.js';
import { ruleRoutes } from './http/rule-routes.js';

/** Builds the insurance app; consumers start here. */
export async function buildApp(deps: Deps): Promise<ServiceApp> {
  await seedPremiumRules(deps);
  const app = await buildServiceApp({
    name: 'insurance',
    version: '0.1.0',
    description:
      'Mandatory work-safety liability insurance (安责险): policies, floating premiums, compliance of high-risk enterprises, prevention services and claims.',
    config: deps.config,
    logger: deps.logger,
    telemetry: deps.telemetry,
    readiness: [databaseReadiness(deps.database.pool), deps.bus.readiness],
    errorStatus,
  });
  policyRoutes(app, deps);
  policyChangeRoutes(app, deps);
  quoteRoutes(app, deps);
  complianceRoutes(app, deps);
  preventionRoutes(app, deps);
  claimRoutes(app, deps);
  awardRoutes(app, deps);
  ruleRoutes(app, deps);
  evaluationRoutes(app, deps);
  await deps.bus.consume(projectEnterprises(deps));
  await deps.bus.consume(projectAccidents(deps));
  await deps.bus.consume(projectCredit(deps));
  if (deps.config.INSURANCE_SWEEPER) {
    const sweeper = makePolicySweeper(deps);
    sweeper.start();
    app.addHook('onClose', () => sweeper.stop());
  }
  return app;
}
