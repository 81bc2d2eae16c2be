// A real complaints service for integration tests: its own PostgreSQL database, a unique NATS
// prefix, a movable clock, captured log lines and tokens for each role.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger, loadConfig, mintToken, startTelemetry } from '@yiwang/service-kit';
import { createTestDatabase, testInfra, uniquePrefix, type TestDatabase } from '@yiwang/testing';
import { buildApp, type ComplaintsApp } from '../src/app.js';
import { Config } from '../src/config.js';
import { makeDeps, type Deps } from '../src/deps.js';

export const JWT_SECRET = 'test-secret-0123456789-0123456789-0123456789';

export interface Harness {
  readonly app: ComplaintsApp;
  readonly deps: Deps;
  readonly db: TestDatabase;
  readonly prefix: string;
  /** Every log line written, raw. */
  readonly logs: string[];
  readonly clock: { now: Date };
  token(role: string, regions?: string[], sub?: string): Promise<string>;
  /** Another replica (deps only) on the same database and bus. */
  replica(): Promise<Deps>;
  close(): Promise<void>;
}

export const vaultKey = (kid: string) => `${kid}:${randomBytes(32).toString('base64')}`;

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const infra = await testInfra();
  const db = await createTestDatabase('complaints');
  const prefix = uniquePrefix('complaints');
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const config = loadConfig(Config, {
    DATABASE_URL: db.url,
    NATS_URL: infra.natsUrl,
    JWT_HS256_SECRET: JWT_SECRET,
    COMPLAINTS_VAULT_KEYS: vaultKey('k1'),
    COMPLAINTS_SCHEDULER_INTERVAL_MS: '0',
    COMPLAINTS_PUBLIC_RATE_PER_MINUTE: '100000',
    COMPLAINTS_PUBLIC_BURST: '100000',
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logger = createLogger({ name: 'complaints', level: 'debug', destination: stream });
  const telemetry = startTelemetry({ serviceName: 'complaints-test' });
  const closers: (() => Promise<void>)[] = [];
  const clock = { now: new Date('2025-03-03T02:00:00Z') };
  const context = {
    config,
    logger,
    telemetry,
    onShutdown: (_name: string, close: () => Promise<void>) => void closers.unshift(close),
  };
  const deps = await makeDeps(context, { prefix, clock: () => clock.now });
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    db,
    prefix,
    logs,
    clock,
    token: (role, regions = ['330500'], sub = `${role}-1`) =>
      mintToken(
        { sub, dept: 'bureau', roles: [role], regions },
        {
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          key: { alg: 'HS256', secret: JWT_SECRET },
        },
      ),
    replica: () => makeDeps(context, { prefix, clock: () => clock.now }),
    async close() {
      await app.close();
      for (const close of closers) await close().catch(() => undefined);
      await telemetry.shutdown();
      await db.drop();
    },
  };
}
