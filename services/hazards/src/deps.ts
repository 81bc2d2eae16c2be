// Builds the typed dependencies of the hazards service: its database (created and migrated),
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

/** The clock; tests pass one they can move forward. */
export interface Clock {
  now(): Date;
}

/** Id generators (UUIDv7: time-ordered). */
export interface Ids {
  /** A UUIDv7 (event ids). */
  uuid(): string;
  /** A prefixed opaque id, e.g. `hz-0195…` for hazards. */
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
  /** The configured numbers and calendar of the hazard rules. */
  readonly rules: HazardRules;
  /** The configured accident reporting rules. */
  readonly accidentRules: AccidentRules;
  /** The configured grading and re-assessment rules of installations. */
  readonly installationRules: InstallationRules;
  /** When quarterly and annual statistics are due. */
  readonly filingRules: FilingRules;
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
    name: 'hazards',
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  });
  const bus = await connectEventBackbone({
    name: 'hazards',
    config,
    logger,
    database,
    onShutdown,
    prefix: config.HAZARDS_BUS_PREFIX,
  });
  return {
    ...ctx,
    database,
    bus,
    clock: overrides.clock ?? makeClock(config),
    ids: { uuid: newEventId, id: (prefix) => `${prefix}-${newEventId()}` },
    rules: rulesFromConfig(config),
    accidentRules: accidentRulesFromConfig(config),
    installationRules: installationRulesFromConfig(config),
    filingRules: filingRulesFromConfig(config),
  };
}
