// Builds the iot-ingest service in-process against the real PostgreSQL and NATS of
// @yiwang/testing: a fresh database and a unique subject prefix per test file, a clock the
// test can move.
import * as kit from '@yiwang/service-kit';
import { startServiceUnderTest, type ServiceUnderTest, type StartOptions } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';

export { TestClock, type TokenClaims } from '@yiwang/testing';

/** The HS256 secret of test tokens. */
export const SECRET = 'iot-test-secret-0123456789-abcdefghij';

/** A running iot-ingest service for one test file. */
export interface IotService extends ServiceUnderTest<Deps, kit.ServiceApp> {
  /** The clock's reading when the service started (epoch ms). */
  readonly start: number;
}

/** Starts the service (or a second instance `shareWith` another); the sweeper is off. */
export async function startIot({
  env,
  shareWith,
}: StartOptions<IotService> = {}): Promise<IotService> {
  const service = await startServiceUnderTest({
    name: 'iot',
    prefixLabel: 'iot',
    envPrefix: 'IOT',
    secret: SECRET,
    env: { IOT_SWEEPER: 'false', ...env },
    kit,
    config: Config,
    makeDeps,
    buildApp,
    shareWith,
  });
  return { ...service, start: service.clock.now().getTime() };
}
