// Builds the typed dependencies of the iot-ingest service: its database (created and
// migrated), the event backbone (outbox, relay, consumers), a clock, id generators, the rules
// and the alarm engine's memory (loaded from the database).
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
import { makeBatchWriter, type BatchWriter } from './app/batch-writer.js';
import { loadEngine, type Engine } from './app/engine.js';
import { rulesFromConfig } from './app/rules-from-config.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import type { IotRules } from './domain/rules.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** The clock; tests pass one they can move forward. */
export interface Clock {
  now(): Date;
}

/** Id generators (UUIDv7: time-ordered). */
export interface Ids {
  uuid(): string;
  /** A prefixed opaque id, e.g. `al-0195…` for alarms. */
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
  readonly rules: IotRules;
  readonly engine: Engine;
  /** Group-committing writer of alarm-free batches (the hot path). */
  readonly writeBatch: BatchWriter;
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
    name: 'iot-ingest',
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  });
  const bus = await connectEventBackbone({
    name: 'iot-ingest',
    config,
    logger,
    database,
    onShutdown,
    prefix: config.IOT_BUS_PREFIX,
  });
  const clock = overrides.clock ?? makeClock(config);
  return {
    ...ctx,
    database,
    bus,
    clock,
    ids: { uuid: newEventId, id: (prefix) => `${prefix}-${newEventId()}` },
    rules: rulesFromConfig(config),
    engine: await loadEngine(database.db),
    writeBatch: makeBatchWriter({ database, clock, config }),
  };
}
