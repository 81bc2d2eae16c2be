import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createTestDatabase, type TestDatabase } from './database.js';
import { testInfra } from './infra.js';
import { uniquePrefix } from './prefix.js';
import { TestClock } from './test-clock.js';

/** Claims of a test token; unset ones default to user `u-test` of the `bureau` in 330500. */
export interface TokenClaims {
  readonly roles: string[];
  readonly regions?: string[];
  readonly sub?: string;
  readonly dept?: string;
}

/** The envelope fields needed to publish another context's event (a contracts `CloudEvent`). */
export interface ForeignEvent {
  readonly id: string;
  /** `yiwang.<context>.<aggregate>.<name>.v<n>` */
  readonly type: string;
  readonly region: string;
}

/** What a service's `makeDeps` receives: the shape of the kit's `ServiceContext`. */
export interface ContextUnderTest<Config, Logger, Telemetry> {
  readonly config: Config;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  readonly onShutdown: (name: string, close: () => Promise<void>) => void;
}

/**
 * The parts of `@yiwang/service-kit` the harness drives. Pass the kit module itself
 * (`import * as kit from '@yiwang/service-kit'`): the kit tests with this package, so this
 * package cannot depend on the kit.
 */
export interface KitUnderTest<Schema, Config, Logger, Telemetry extends Shutdown> {
  // NoInfer: the schema and config types come from the spec, not the kit's generic signature.
  loadConfig(schema: NoInfer<Schema>, env: Record<string, string | undefined>): NoInfer<Config>;
  createLogger(options: { name: string; level: string }): Logger;
  startTelemetry(options: { serviceName: string }): Telemetry;
  mintToken(
    claims: { sub: string; dept: string; roles: string[]; regions: string[] },
    options: { issuer: string; audience: string; key: { alg: 'HS256'; secret: string } },
  ): Promise<string>;
}

/** Something that shuts down, like the kit's `Telemetry`. */
export interface Shutdown {
  shutdown(): Promise<void>;
}

/** The app a service's `buildApp` returns (a Fastify instance). */
export interface AppUnderTest {
  ready(): PromiseLike<unknown>;
  close(): PromiseLike<unknown>;
}

/** How to start one service in-process; see {@link startServiceUnderTest}. */
export interface ServiceSpec<Schema, Config, Deps, App, Logger, Telemetry extends Shutdown> {
  /** Labels the test database, the logger and telemetry (`<name>-test`). */
  readonly name: string;
  /** Label of the unique bus subject prefix, e.g. `hz`. */
  readonly prefixLabel: string;
  /** Prefix of the service's env names: `<envPrefix>_BUS_PREFIX` receives the bus prefix. */
  readonly envPrefix: string;
  /** The HS256 secret the service verifies and `token()` signs with. */
  readonly secret: string;
  /** Service env (its test defaults, then the test's own), over the harness's. */
  readonly env?: Readonly<Record<string, string>>;
  /** Level of the service's logger; default `silent`. */
  readonly logLevel?: string;
  readonly kit: KitUnderTest<Schema, Config, Logger, Telemetry>;
  /** The service's TypeBox config schema. */
  readonly config: Schema;
  readonly makeDeps: (
    context: ContextUnderTest<Config, Logger, Telemetry>,
    overrides: { clock: TestClock },
  ) => Promise<Deps>;
  readonly buildApp: (deps: Deps) => Promise<App>;
  /** A running instance whose database, bus prefix and clock this one shares. */
  readonly shareWith?: ServiceUnderTest<Deps, App> | undefined;
  /** The clock of a new instance; default {@link TestClock}'s own start. */
  readonly clock?: TestClock;
}

/** What a test passes to its service's start function. */
export interface StartOptions<Service> {
  /** Env over the service's test defaults. */
  readonly env?: Readonly<Record<string, string>>;
  /** A running instance to share the database, bus prefix and clock with (a second replica). */
  readonly shareWith?: Service;
}

/** A service running in-process for one test file. */
export interface ServiceUnderTest<Deps, App> {
  readonly app: App;
  readonly deps: Deps;
  readonly databaseUrl: string;
  /** The unique bus subject prefix of this test file. */
  readonly prefix: string;
  readonly clock: TestClock;
  /** A plain NATS connection for the test (publishing other contexts' events, capturing). */
  readonly nc: NatsConnection;
  /** Mints a bearer token the service accepts. */
  token(claims: TokenClaims): Promise<string>;
  /**
   * Publishes an event as another context's relay would, on the test prefix. A new `msgId`
   * makes a redelivery that JetStream's duplicate window does not stop.
   */
  publish<Event extends ForeignEvent>(event: Event, msgId?: string): Promise<void>;
  /** Stops the app, closes what `makeDeps` opened, and drops the database it created. */
  close(): Promise<void>;
}

/**
 * Starts a service in-process against the real PostgreSQL and NATS of this package: a fresh
 * database and a unique subject prefix per test file (unless it shares another instance's),
 * silent logs and a clock the test moves.
 */
export async function startServiceUnderTest<
  Schema,
  Config,
  Deps,
  App extends AppUnderTest,
  Logger,
  Telemetry extends Shutdown,
>(
  spec: ServiceSpec<Schema, Config, Deps, App, Logger, Telemetry>,
): Promise<ServiceUnderTest<Deps, App>> {
  const { kit, shareWith } = spec;
  const database = await databaseFor(spec.name, shareWith);
  const { natsUrl } = await testInfra();
  const prefix = shareWith?.prefix ?? uniquePrefix(spec.prefixLabel);
  const config = kit.loadConfig(spec.config, {
    DATABASE_URL: database.url,
    NATS_URL: natsUrl,
    JWT_HS256_SECRET: spec.secret,
    [`${spec.envPrefix}_BUS_PREFIX`]: prefix,
    LOG_LEVEL: 'silent',
    ...spec.env,
  });
  // Closers run in reverse registration order, as in the kit's runService.
  const closers: (() => Promise<void>)[] = [];
  const logger = kit.createLogger({ name: `${spec.name}-test`, level: spec.logLevel ?? 'silent' });
  const telemetry = kit.startTelemetry({ serviceName: `${spec.name}-test` });
  const clock = shareWith?.clock ?? spec.clock ?? new TestClock();
  const deps = await spec.makeDeps(
    { config, logger, telemetry, onShutdown: (_name, close) => void closers.unshift(close) },
    { clock },
  );
  const app = await spec.buildApp(deps);
  await app.ready();
  const nc = await connect({ servers: natsUrl });
  const js = jetstream(nc);
  return {
    app,
    deps,
    databaseUrl: database.url,
    prefix,
    clock,
    nc,
    token: ({ roles, regions = ['330500'], sub = 'u-test', dept = 'bureau' }) =>
      kit.mintToken(
        { sub, dept, roles, regions },
        { issuer: 'yiwang', audience: 'yiwang', key: { alg: 'HS256', secret: spec.secret } },
      ),
    async publish(event, msgId) {
      await js.publish(foreignSubject(prefix, event), JSON.stringify(event), {
        msgID: msgId ?? event.id,
      });
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

/** A fresh database, or the one of the instance shared with (which drops it itself). */
async function databaseFor(
  name: string,
  shareWith: { databaseUrl: string } | undefined,
): Promise<Pick<TestDatabase, 'url' | 'drop'>> {
  if (shareWith === undefined) return createTestDatabase(name);
  return { url: shareWith.databaseUrl, drop: () => Promise.resolve() };
}

/** `<prefix>.<context>.<aggregate>.<name>.<region>`: the subject the event's own relay uses. */
function foreignSubject(prefix: string, event: ForeignEvent): string {
  const [, context, aggregate, name] = event.type.split('.');
  return `${prefix}.${context}.${aggregate}.${name}.${event.region}`;
}
