// Builds the permits service in-process against the real PostgreSQL and NATS of
// @yiwang/testing: a fresh database and a unique subject prefix per test file, a clock the
// test can move.
import * as kit from '@yiwang/service-kit';
import { startServiceUnderTest, type ServiceUnderTest, type StartOptions } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';

export { TestClock, type TokenClaims } from '@yiwang/testing';

/** The HS256 secret of test tokens. */
export const SECRET = 'permits-test-secret-0123456789-abcdefghij';

/** A running permits service for one test file. */
export type PermitsService = ServiceUnderTest<Deps, kit.ServiceApp>;

/** Starts the service (or a second instance `shareWith` another); the sweeper is off. */
export function startPermits({
  env,
  shareWith,
}: StartOptions<PermitsService> = {}): Promise<PermitsService> {
  return startServiceUnderTest({
    name: 'permits',
    prefixLabel: 'pm',
    envPrefix: 'PERMITS',
    secret: SECRET,
    env: { PERMITS_SWEEPER: 'false', ...env },
    kit,
    config: Config,
    makeDeps,
    buildApp,
    shareWith,
  });
}
