// Builds the hazards service in-process against the real PostgreSQL and NATS of
// @yiwang/testing: a fresh database and a unique subject prefix per test file, a clock the
// test can move.
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

/** The HS256 secret of test tokens. */
export const SECRET = 'hazards-test-secret-0123456789-abcdefghij';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private at = Date.parse('2026-03-02T02:00:00Z')) {}
  now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

/** Claims of a test token. */
export interface TokenClaims {
  readonly roles: string[];
  readonly regions?: string[];
  readonly sub?: string;
  readonly dept?: string;
}

/** A running hazards service for one test file. */
export interface HazardsService {
  readonly app: ServiceApp;
  readonly deps: Deps;
  readonly prefix: string;
  readonly clock: TestClock;
  readonly nc: NatsConnection;
  token(claims: TokenClaims): Promise<string>;
  /** Publishes an event as another context would (its relay), on the test prefix. */
  /** A new `msgId` makes a redelivery that JetStream's duplicate window does not stop. */
  publish(event: CloudEvent, msgId?: string): Promise<void>;
  close(): Promise<void>;
}

/** Options: extra env, and an existing database/prefix (a second instance). */
export interface StartOptions {
  readonly env?: Record<string, string>;
  readonly shareWith?: HazardsService;
}

/** Starts the service. */
export async function startHazards(options: StartOptions = {}): Promise<HazardsService> {
  const shared = options.shareWith;
  const database = shared === undefined ? await createTestDatabase('hazards') : undefined;
  const { natsUrl } = await testInfra();
  const prefix = shared?.prefix ?? uniquePrefix('hz');
  const config = loadConfig(Config, {
    DATABASE_URL: shared?.deps.config.DATABASE_URL ?? database?.url,
    NATS_URL: natsUrl,
    JWT_HS256_SECRET: SECRET,
    HAZARDS_BUS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    HAZARDS_SWEEPER: 'false',
    ...options.env,
  });
  const closers: (() => Promise<void>)[] = [];
  const logger = createLogger({ name: 'hazards-test', level: 'silent' });
  const telemetry = startTelemetry({ serviceName: 'hazards-test' });
  const clock = shared?.clock ?? new TestClock();
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
    token: ({ roles, regions = ['330500'], sub = 'u-test', dept = 'bureau' }) =>
      mintToken(
        { sub, dept, roles, regions },
        { issuer: 'yiwang', audience: 'yiwang', key: { alg: 'HS256', secret: SECRET } },
      ),
    async publish(event, msgId) {
      const [, context, aggregate, name] = event.type.split('.');
      const subject = `${prefix}.${context}.${aggregate}.${name}.${event.region}`;
      await js.publish(subject, JSON.stringify(event), { msgID: msgId ?? event.id });
    },
    async close() {
      await app.close();
      for (const close of closers) await close();
      await nc.close();
      await telemetry.shutdown();
      await database?.drop();
    },
  };
}
