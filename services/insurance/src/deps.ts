// Builds the typed dependencies of the insurance service: the kit's service core (database
// created and migrated, event backbone, clock, ids) plus the configured rules.
import {
  connectServiceCore,
  type ServiceContext,
  type ServiceCore,
  type ServiceCoreOverrides,
} from '@yiwang/service-kit';
import { rulesFromConfig, type InsuranceRules } from './app/rules-from-config.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** Everything the app needs: the service core (ids such as `pol-0195…`) and the rules. */
export interface Deps extends ServiceCore<Config, Schema> {
  /** The configured rules (policy limits, the seeded premium table). */
  readonly rules: InsuranceRules;
}

/** Overrides for tests (a clock they move forward). */
export type DepsOverrides = ServiceCoreOverrides;

/** Connects and migrates everything; every resource is registered with `onShutdown`. */
export async function makeDeps(
  ctx: ServiceContext<Config>,
  overrides: DepsOverrides = {},
): Promise<Deps> {
  const core = await connectServiceCore(ctx, {
    name: 'insurance',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: ctx.config.INSURANCE_BUS_PREFIX,
    clock: overrides.clock,
  });
  return { ...core, rules: rulesFromConfig(ctx.config) };
}
