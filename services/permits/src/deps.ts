// Builds the typed dependencies of the permits service: its database (created and migrated),
// the event backbone (outbox, relay, consumers), a clock, id generators and the rules.
import { fileURLToPath } from 'node:url';
import { newEventId } from '@yiwang/contracts';
import {
  connectEventBackbone,
  makeClock,
  openServiceDatabase,
  type Database,
  type EventBackbone,
  type ServiceContext,
  type Telemetry,
} from '@yiwang/service-kit';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import { rulesFromConfig } from './app/rules-from-config.js';
import type { PermitRules } from './domain/rules.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** The clock; tests pass one they can move forward. */
export interface Clock {
  now(): Date;
}

/** Id generators (UUIDv7: time-ordered). */
export interface Ids {
  /** A UUIDv7 (event ids). */
  uuid(): string;
  /** A prefixed opaque id, e.g. `app-0195…` for applications. */
  id(prefix: string): string;
}

/** Everything the app needs. */
export interface Deps {
  readonly config: Config;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  readonly database: Database<Schema>;
  readonly bus: EventBackbone<Schema>;
  readonly clock: Clock;
  readonly ids: Ids;
  /** The configured numbers and calendar of the permit rules. */
  readonly rules: PermitRules;
}

/** Overrides for tests. */
export interface DepsOverrides {
  readonly clock?: Clock;
}

/** Connects and migrates everything; every resource is registered with `onShutdown`. */
export async function makeDeps(
  ctx: ServiceContext<Config>,
  overrides: DepsOverrides = {},
): Promise<Deps> {
  const { config, logger, onShutdown } = ctx;
  const database = await openServiceDatabase({
    name: 'permits',
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  });
  const bus = await connectEventBackbone({
    name: 'permits',
    config,
    logger,
    database,
    onShutdown,
    prefix: config.PERMITS_BUS_PREFIX,
  });
  return {
    ...ctx,
    database,
    bus,
    clock: overrides.clock ?? makeClock(config),
    ids: { uuid: newEventId, id: (prefix) => `${prefix}-${newEventId()}` },
    rules: rulesFromConfig(config),
  };
}
