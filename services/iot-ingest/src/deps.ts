// Builds the typed dependencies of the iot-ingest service: the kit's service core (database
// created and migrated, event backbone, clock, ids), the rules and the alarm engine's memory
// (loaded from the database).
import {
  connectServiceCore,
  type ServiceContext,
  type ServiceCore,
  type ServiceCoreOverrides,
} from '@yiwang/service-kit';
import { makeBatchWriter, type BatchWriter } from './app/batch-writer.js';
import { loadEngine, type Engine } from './app/engine.js';
import { rulesFromConfig } from './app/rules-from-config.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import type { IotRules } from './domain/rules.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** Everything the app needs: the service core (ids such as `al-0195…`) and the alarm engine. */
export interface Deps extends ServiceCore<Config, Schema> {
  readonly rules: IotRules;
  readonly engine: Engine;
  /** Group-committing writer of alarm-free batches (the hot path). */
  readonly writeBatch: BatchWriter;
}

/** Overrides for tests (a clock they move forward). */
export type DepsOverrides = ServiceCoreOverrides;

/** Connects and migrates everything; every resource is registered with `onShutdown`. */
export async function makeDeps(
  ctx: ServiceContext<Config>,
  overrides: DepsOverrides = {},
): Promise<Deps> {
  const { config } = ctx;
  const core = await connectServiceCore(ctx, {
    name: 'iot-ingest',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: config.IOT_BUS_PREFIX,
    clock: overrides.clock,
  });
  const { database, clock } = core;
  return {
    ...core,
    rules: rulesFromConfig(config),
    engine: await loadEngine(database.db),
    writeBatch: makeBatchWriter({ database, clock, config }),
  };
}
