// Builds the exchange in-process against the real PostgreSQL and NATS of @yiwang/testing: a
// fresh database and a unique subject prefix per test file, a clock the test can move.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import type { CloudEvent } from '@yiwang/contracts';
import {
  createLogger,
  loadConfig,
  mintToken,
  startTelemetry,
  type ServiceApp,
} from '@yiwang/service-kit';
import { createTestDatabase, testInfra, uniquePrefix } from '@yiwang/testing';
import { buildApp } from '../../src/app.js';
import { Config } from '../../src/config.js';
import { makeDeps, type Deps } from '../../src/deps.js';
import { makeDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.js';

/** The HS256 secret of test tokens. */
export const SECRET = 'exchange-test-secret-0123456789-abcdefghij';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private at = Date.now()) {}
  now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

/** A running exchange for one test file. */
export interface Exchange {
  readonly app: ServiceApp;
  readonly deps: Deps;
  readonly prefix: string;
  readonly clock: TestClock;
  readonly worker: DeliveryWorker;
  /** A plain NATS connection for the test (publishing other contexts' events, capturing). */
  readonly nc: NatsConnection;
  token(roles: string[], regions?: string[], sub?: string): Promise<string>;
  /** Publishes an event as another context would (its relay), on the test prefix. */
  publish(event: CloudEvent): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the exchange; the delivery loop and the grid sweeper are off unless `env` turns them
 * on (tests call their runOnce).
 */
export async function startExchange(env: Record<string, string> = {}): Promise<Exchange> {
  const database = await createTestDatabase('exchange');
  const { natsUrl } = await testInfra();
  const prefix = uniquePrefix('ex');
  const config = loadConfig(Config, {
    DATABASE_URL: database.url,
    NATS_URL: natsUrl,
    JWT_HS256_SECRET: SECRET,
    EXCHANGE_BUS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    EXCHANGE_WEBHOOK_ALLOW_HTTP: 'true',
    EXCHANGE_DELIVERY_WORKER: 'false',
    EXCHANGE_GRID_SWEEPER: 'false',
    EXCHANGE_WEBHOOK_TIMEOUT_MS: '2000',
    EXCHANGE_FEED_STREAM_POLL_MS: '50',
    ...env,
  });
  const closers: (() => Promise<void>)[] = [];
  const logger = createLogger({ name: 'exchange-test', level: 'silent' });
  const telemetry = startTelemetry({ serviceName: 'exchange-test' });
  const clock = new TestClock();
  const deps = await makeDeps(
    { config, logger, telemetry, onShutdown: (_n, close) => void closers.unshift(close) },
    { clock },
  );
  const app = await buildApp(deps);
  await app.ready();
  const nc = await connect({ servers: natsUrl });
  const js = jetstream(nc);
  return {
    app,
    deps,
    prefix,
    clock,
    nc,
    worker: makeDeliveryWorker(deps),
    token: (roles, regions = ['330500'], sub = 'u-test') =>
      mintToken(
        { sub, dept: 'bureau', roles, regions },
        { issuer: 'yiwang', audience: 'yiwang', key: { alg: 'HS256', secret: SECRET } },
      ),
    async publish(event) {
      const [, context, aggregate, name] = event.type.split('.');
      const subject = `${prefix}.${context}.${aggregate}.${name}.${event.region}`;
      await js.publish(subject, JSON.stringify(event), { msgID: event.id });
    },
    async close() {
      await app.close();
      for (const close of closers) await close();
      await nc.close();
      await telemetry.shutdown();
      await database.drop();
    },
  };
}
