// Builds the typed dependencies of the hazards service: the kit's service core (database
// created and migrated, event backbone, clock, ids) plus the configured rules.
import {
  connectServiceCore,
  type ServiceContext,
  type ServiceCore,
  type ServiceCoreOverrides,
} from '@yiwang/service-kit';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import {
  accidentRulesFromConfig,
  filingRulesFromConfig,
  installationRulesFromConfig,
  rulesFromConfig,
} from './app/rules-from-config.js';
import type { InstallationRules } from './domain/decide-installation.js';
import type { FilingRules } from './domain/periods.js';
import type { AccidentRules } from './domain/accident.js';
import type { HazardRules } from './domain/rules.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** Everything the app needs: the service core (ids such as `hz-0195…`) and the rules. */
export interface Deps extends ServiceCore<Config, Schema> {
  /** The configured numbers and calendar of the hazard rules. */
  readonly rules: HazardRules;
  /** The configured accident reporting rules. */
  readonly accidentRules: AccidentRules;
  /** The configured grading and re-assessment rules of installations. */
  readonly installationRules: InstallationRules;
  /** When quarterly and annual statistics are due. */
  readonly filingRules: FilingRules;
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
    name: 'hazards',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: config.HAZARDS_BUS_PREFIX,
    clock: overrides.clock,
  });
  return {
    ...core,
    rules: rulesFromConfig(config),
    accidentRules: accidentRulesFromConfig(config),
    installationRules: installationRulesFromConfig(config),
    filingRules: filingRulesFromConfig(config),
  };
}
