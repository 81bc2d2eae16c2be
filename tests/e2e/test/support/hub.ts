// A hub of a few services for one scenario: each service a separate process on a free port,
// with a fresh database of its own on the test PostgreSQL, the test NATS, one unique bus
// prefix shared by all of them (so they see each other's events and nobody else's), one JWT
// secret, and the local secrets their package.json declares. Reusable by every scenario:
//   const hub = await startHub(['exchange', 'hazards']);
//   await hub.call('exchange', 'GET', '/v1/grid/tasks', { as: { roles: ['grid-centre'] } });
//   await hub.stop();
import { randomBytes } from 'node:crypto';
import {
  createTestDatabase,
  freePort,
  testInfra,
  uniquePrefix,
  type TestDatabase,
} from '@yiwang/testing';
import type { SharedClock } from './clock.js';
import { callService, type CallOptions, type Reply } from './http.js';
import { startProcess, type ServiceProcess } from './process.js';
import { discoverServices, envName } from './services.js';
import { signToken, type Claims } from './token.js';

/** Started services of one scenario. */
export interface Hub {
  /** The bus prefix every service of the hub uses. */
  readonly prefix: string;
  readonly natsUrl: string;
  /** Base URL of a started service. */
  url(service: string): string;
  token(claims: Claims): string;
  call<T = unknown>(
    service: string,
    method: string,
    path: string,
    options?: CallOptions,
  ): Promise<Reply<T>>;
  /** Recent output of every service, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Options of {@link startHub}. */
export interface HubOptions {
  /** Extra variables per service, e.g. `{ exchange: { EXCHANGE_DELIVERY_POLL_MS: '100' } }`. */
  readonly env?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** A clock every service follows (CLOCK_FILE); the scenario moves it with `advance`. */
  readonly clock?: SharedClock;
}

const expand = (template: string) =>
  template.replace(/\{(base64|base64url|hex):(\d+)\}/g, (_, encoding: BufferEncoding, n: string) =>
    randomBytes(Number(n)).toString(encoding),
  );

/** Starts `names` (in order: a service's consumers come up before the next one starts). */
export async function startHub(names: readonly string[], options: HubOptions = {}): Promise<Hub> {
  const { natsUrl } = await testInfra();
  const known = await discoverServices();
  const prefix = uniquePrefix('e2e');
  const secret = randomBytes(32).toString('base64url');
  const databases: TestDatabase[] = [];
  const running = new Map<string, ServiceProcess>();
  const stop = async () => {
    await Promise.all([...running.values()].map((p) => p.stop()));
    await Promise.all(databases.map((d) => d.drop()));
  };
  try {
    for (const name of names) {
      const service = known.find((s) => s.name === name);
      if (service === undefined) throw new Error(`no service ${name} under services/`);
      const database = await createTestDatabase(`e2e_${envName(name).toLowerCase()}`);
      databases.push(database);
      const secrets = Object.fromEntries(
        Object.entries(service.devSecrets).map(([key, template]) => [key, expand(template)]),
      );
      const env = {
        ...secrets,
        DATABASE_URL: database.url,
        NATS_URL: natsUrl,
        JWT_HS256_SECRET: secret,
        LOG_LEVEL: 'warn',
        [`${service.envPrefix}_BUS_PREFIX`]: prefix,
        ...(options.clock === undefined ? {} : { CLOCK_FILE: options.clock.file }),
        ...options.env?.[name],
      };
      running.set(name, await startProcess(service, env, await freePort()));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const url = (service: string) => {
    const proc = running.get(service);
    if (proc === undefined) throw new Error(`${service} is not part of this hub`);
    return proc.url;
  };
  const token = (claims: Claims) => signToken(secret, claims);
  return {
    prefix,
    natsUrl,
    url,
    token,
    call: (service, method, path, options = {}) =>
      callService(url(service), method, path, options, token),
    output: () =>
      [...running.values()].map((p) => `--- ${p.name} ---\n${p.output().slice(-3000)}`).join('\n'),
    stop,
  };
}
