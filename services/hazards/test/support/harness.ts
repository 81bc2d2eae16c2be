// Builds the hazards service in-process against the real PostgreSQL and NATS of
// @yiwang/testing: a fresh database and a unique subject prefix per test file, a clock the
// test can move.
import * as kit from '@yiwang/service-kit';
import { startServiceUnderTest, type ServiceUnderTest, type StartOptions } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';

export { TestClock, type TokenClaims } from '@yiwang/testing';

/** The HS256 secret of test tokens. */
export const SECRET = 'hazards-test-secret-0123456789-abcdefghij';

/** A running hazards service for one test file. */
export type HazardsService = ServiceUnderTest<Deps, kit.ServiceApp>;

/** Starts the service (or a second instance `shareWith` another); the sweeper is off. */
export function startHazards({
  env,
  shareWith,
}: StartOptions<HazardsService> = {}): Promise<HazardsService> {
  return startServiceUnderTest({
    name: 'hazards',
    prefixLabel: 'hz',
    envPrefix: 'HAZARDS',
    secret: SECRET,
    env: { HAZARDS_SWEEPER: 'false', ...env },
    kit,
    config: Config,
    makeDeps,
    buildApp,
    shareWith,
  });
}
