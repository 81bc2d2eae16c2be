// Builds the typed dependencies of the permits service: the kit's service core (database
// created and migrated, event backbone, clock, ids) plus the configured rules.
import {
  connectServiceCore,
  type ServiceContext,
  type ServiceCore,
  type ServiceCoreOverrides,
} from '@yiwang/service-kit';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import { rulesFromConfig } from './app/rules-from-config.js';
import type { PermitRules } from './domain/rules.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** Everything the app needs: the service core (ids such as `app-0195…`) and the rules. */
export interface Deps extends ServiceCore<Config, Schema> {
  /** The configured numbers and calendar of the permit rules. */
  readonly rules: PermitRules;
}

/** Overrides for tests (a clock they move forward). */
export type DepsOverrides = ServiceCoreOverrides;

/** Connects and migrates everything; every resource is registered with `onShutdown`. */
export async function makeDeps(
  ctx: ServiceContext<Config>,
  overrides: DepsOverrides = {},
): Promise<Deps> {
  const core = await connectServiceCore(ctx, {
    name: 'permits',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: ctx.config.PERMITS_BUS_PREFIX,
    clock: overrides.clock,
  });
  return { ...core, rules: rulesFromConfig(ctx.config) };
}
