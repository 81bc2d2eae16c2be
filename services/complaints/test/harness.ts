// A real complaints service for integration tests (@yiwang/testing's startServiceUnderTest):
// its own PostgreSQL database, a unique NATS prefix, a movable clock, captured log lines and
// tokens for each role.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import * as kit from '@yiwang/service-kit';
import { startServiceUnderTest, TestClock, type ServiceUnderTest } from '@yiwang/testing';
import { buildApp, type ComplaintsApp } from '../src/app.js';
import { Config } from '../src/config.js';
import { makeDeps, type Deps } from '../src/deps.js';

export const JWT_SECRET = 'test-secret-0123456789-0123456789-0123456789';

/** Monday 2025-03-03, 10:00 in UTC+8: the tests' dates count from here. */
const START = Date.parse('2025-03-03T02:00:00Z');

type Service = ServiceUnderTest<Deps, ComplaintsApp>;

export interface Harness extends Omit<Service, 'clock' | 'token'> {
  /** Every log line written (debug and up), raw. */
  readonly logs: string[];
  /** The service's clock: set `now` to move it. */
  readonly clock: { now: Date };
  /** A token of one role (`sub` `<role>-1` unless given). */
  token(role: string, regions?: string[], sub?: string): Promise<string>;
  /** Another replica (its deps) on the same database, bus prefix and clock. */
  replica(): Promise<Deps>;
}

export const vaultKey = (kid: string) => `${kid}:${randomBytes(32).toString('base64')}`;

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const logs: string[] = [];
  const destination = lineCollector(logs);
  // Once for all replicas: they must open each other's vault.
  const serviceEnv = {
    COMPLAINTS_VAULT_KEYS: vaultKey('k1'),
    COMPLAINTS_SCHEDULER_INTERVAL_MS: '0',
    COMPLAINTS_PUBLIC_RATE_PER_MINUTE: '100000',
    COMPLAINTS_PUBLIC_BURST: '100000',
    // Debug request logs, so the confidentiality tests see everything a log could leak.
    LOG_LEVEL: 'debug',
    ...env,
  };
  const start = (shareWith?: Service) =>
    startServiceUnderTest({
      name: 'complaints',
      prefixLabel: 'complaints',
      envPrefix: 'COMPLAINTS',
      secret: JWT_SECRET,
      env: serviceEnv,
      logLevel: 'debug',
      kit: {
        ...kit,
        createLogger: (options) => kit.createLogger({ ...options, destination }),
      },
      config: Config,
      makeDeps: (context: kit.ServiceContext<Config>, { clock }) =>
        makeDeps(context, { clock: clock.now }),
      buildApp,
      shareWith,
      clock: new TestClock(START),
    });
  const service = await start();
  const replicas: Service[] = [];
  return {
    ...service,
    logs,
    clock: settable(service.clock),
    token: (role, regions, sub = `${role}-1`) => service.token({ roles: [role], regions, sub }),
    async replica() {
      const replica = await start(service);
      replicas.push(replica);
      return replica.deps;
    },
    async close() {
      for (const replica of replicas) await replica.close();
      await service.close();
    },
  };
}

/** A writable that keeps each chunk (one log line) in `lines`. */
function lineCollector(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
}

/** `clock.now` as a property the tests read and set, over the service's test clock. */
function settable(clock: TestClock): { now: Date } {
  return {
    get now() {
      return clock.now();
    },
    set now(at: Date) {
      clock.set(at.toISOString());
    },
  };
}
