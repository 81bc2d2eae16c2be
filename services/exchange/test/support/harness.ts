// Builds the exchange in-process against the real PostgreSQL and NATS of @yiwang/testing: a
// fresh database and a unique subject prefix per test file, a clock the test can move.
import * as kit from '@yiwang/service-kit';
import { TestClock, startServiceUnderTest, type ServiceUnderTest } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';
import { makeDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.js';

export { TestClock };

/** The HS256 secret of test tokens. */
export const SECRET = 'exchange-test-secret-0123456789-abcdefghij';

/** A running exchange for one test file. */
export interface Exchange extends Omit<ServiceUnderTest<Deps, kit.ServiceApp>, 'token'> {
  readonly worker: DeliveryWorker;
  token(roles: string[], regions?: string[], sub?: string): Promise<string>;
}

/**
 * Starts the exchange; the delivery loop and the grid sweeper are off unless `env` turns them
 * on (tests call their runOnce). Its clock starts now: webhook signatures and feed cursors are
 * checked against real time.
 */
export async function startExchange(env: Record<string, string> = {}): Promise<Exchange> {
  const service = await startServiceUnderTest({
    name: 'exchange',
    prefixLabel: 'ex',
    envPrefix: 'EXCHANGE',
    secret: SECRET,
    env: {
      EXCHANGE_WEBHOOK_ALLOW_HTTP: 'true',
      EXCHANGE_DELIVERY_WORKER: 'false',
      EXCHANGE_GRID_SWEEPER: 'false',
      EXCHANGE_WEBHOOK_TIMEOUT_MS: '2000',
      EXCHANGE_FEED_STREAM_POLL_MS: '50',
      ...env,
    },
    kit,
    config: Config,
    makeDeps,
    buildApp,
    clock: new TestClock(Date.now()),
  });
  return {
    ...service,
    worker: makeDeliveryWorker(service.deps),
    token: (roles, regions, sub) => service.token({ roles, regions, sub }),
  };
}
