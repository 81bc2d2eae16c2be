// Builds the credit service in-process against the real PostgreSQL and NATS of
// @yiwang/testing: a fresh database and a unique subject prefix per test file, a clock the
// test can move (it starts Monday 2026-03-02, 10:00 in UTC+8).
import * as kit from '@yiwang/service-kit';
import { startServiceUnderTest, type ServiceUnderTest } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';

export { TestClock, type TokenClaims } from '@yiwang/testing';

/** The HS256 secret of test tokens. */
export const SECRET = 'credit-test-secret-0123456789-abcdefghij';

/** A running credit service for one test file. */
export type CreditService = ServiceUnderTest<Deps, kit.ServiceApp>;

/** Starts the service with `env` over its test defaults; the sweeper is off. */
export function startCredit(env: Record<string, string> = {}): Promise<CreditService> {
  return startServiceUnderTest({
    name: 'credit',
    prefixLabel: 'cr',
    envPrefix: 'CREDIT',
    secret: SECRET,
    env: {
      CREDIT_PERSON_ID_KEY: 'credit-test-person-key-0123456789abcdef',
      CREDIT_SWEEPER: 'false',
      ...env,
    },
    // CREDIT_TEST_LOG=debug shows the service's log while debugging a test.
    logLevel: process.env['CREDIT_TEST_LOG'] ?? 'silent',
    kit,
    config: Config,
    makeDeps,
    buildApp,
  });
}
