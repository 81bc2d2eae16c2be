import { fileURLToPath } from 'node:url';
import { newEventId } from '@yiwang/contracts';
import { makeClock, type Clock } from '../clock/make-clock.js';
import type { BaseServiceConfig } from '../config/base-config.js';
import type { Database } from '../db/connect-database.js';
import { openServiceDatabase } from '../db/open-service-database.js';
import type { ServiceContext } from '../lifecycle/service-context.js';
import { connectEventBackbone, type EventBackbone } from './event-backbone.js';

/** Id generators (UUIDv7: time-ordered, so ids sort by creation). */
export interface Ids {
  /** A UUIDv7 (event ids, row ids). */
  uuid(): string;
  /** A prefixed opaque id, e.g. `hz-0195…` for a hazard: the prefix tells a reader its kind. */
  id(prefix: string): string;
}

/** What a test may replace in a service's core (a service's `DepsOverrides`). */
export interface ServiceCoreOverrides {
  /** A clock tests can move; default `makeClock(config)` (real time, or `CLOCK_FILE`'s). */
  readonly clock?: Clock | undefined;
}

/** Options of {@link connectServiceCore}. */
export interface ServiceCoreOptions<
  S extends Record<string, unknown>,
> extends ServiceCoreOverrides {
  /** The service name: the database's `application_name` and the NATS connection name. */
  readonly name: string;
  /** The service's Drizzle schema. */
  readonly schema: S;
  /** The service's drizzle-kit migrations, e.g. `new URL('../drizzle', import.meta.url)`. */
  readonly migrationsFolder: string | URL;
  /** Subject/stream prefix of the bus (the service's `*_BUS_PREFIX`; tests use a unique one). */
  readonly busPrefix: string;
}

/** What every service's `Deps` starts from: its context plus database, bus, clock and ids. */
export interface ServiceCore<C, S extends Record<string, unknown>> extends ServiceContext<C> {
  readonly database: Database<S>;
  readonly bus: EventBackbone<S>;
  readonly clock: Clock;
  readonly ids: Ids;
}

/**
 * UUIDv7 from the contracts' generator (the one event ids come from). `uuid` takes no argument
 * on purpose: `newEventId(nowMs)` would take the index of `rows.map(ids.uuid)` as the time.
 */
const ids: Ids = { uuid: () => newEventId(), id: (prefix) => `${prefix}-${newEventId()}` };

/**
 * Opens the service's database (created, migrated) and connects its event backbone (outbox
 * relay, streams under `busPrefix`), both closed through `context.onShutdown` in the right
 * order (the bus before the database). A service adds only what is its own (rules, keys,
 * engines) to the result.
 */
export async function connectServiceCore<
  C extends BaseServiceConfig,
  S extends Record<string, unknown>,
>(context: ServiceContext<C>, options: ServiceCoreOptions<S>): Promise<ServiceCore<C, S>> {
  const { config, logger, onShutdown } = context;
  const { name, schema, busPrefix } = options;
  const database = await openServiceDatabase({
    name,
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: folderPath(options.migrationsFolder),
  });
  const bus = await connectEventBackbone({
    name,
    config,
    logger,
    database,
    onShutdown,
    prefix: busPrefix,
  });
  return { ...context, database, bus, clock: options.clock ?? makeClock(config), ids };
}

function folderPath(folder: string | URL): string {
  return typeof folder === 'string' ? folder : fileURLToPath(folder);
}
