// Builds the insurance service in-process against the real PostgreSQL and NATS of
// @yiwang/testing: a fresh database and a unique subject prefix per test file, a clock the
// test can move.
import * as kit from '@yiwang/service-kit';
import { startServiceUnderTest, type ServiceUnderTest, type StartOptions } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';

export { TestClock, type TokenClaims } from '@yiwang/testing';

/** The HS256 secret of test tokens. */
export const SECRET = 'insurance-test-secret-0123456789-abcdefghij';

/** A running insurance service for one test file. */
export type InsuranceService = ServiceUnderTest<Deps, kit.ServiceApp>;

/** Starts the service (or a second instance `shareWith` another); the sweeper is off. */
export function startInsurance({
  env,
  shareWith,
}: StartOptions<InsuranceService> = {}): Promise<InsuranceService> {
  return startServiceUnderTest({
    name: 'insurance',
    prefixLabel: 'ins',
    envPrefix: 'INSURANCE',
    secret: SECRET,
    env: { INSURANCE_SWEEPER: 'false', ...env },
    kit,
    config: Config,
    makeDeps,
    buildApp,
    shareWith,
  });
}
