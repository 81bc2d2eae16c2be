// Builds the typed dependencies of the credit service: its database (created and migrated),
// the event backbone (outbox, relay, consumers), a clock, id generators, the configured rules
// and the keyed hash of ID numbers.
import { createHash, createHmac } from 'node:crypto';
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
import { rulesFromConfig } from './app/rules-from-config.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import type { CreditRules } from './domain/rules.js';

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
  /** A prefixed opaque id, e.g. `lst-0195…` for listings. */
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
  readonly rules: CreditRules;
  /** HMAC-SHA256 of a normalised ID number with the configured key (hex). */
  hashIdNumber(idNumber: string): string;
  /** SHA-256 hex of a string (idempotency request hashes). */
  sha256(text: string): string;
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
    name: 'credit',
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  });
  const bus = await connectEventBackbone({
    name: 'credit',
    config,
    logger,
    database,
    onShutdown,
    prefix: config.CREDIT_BUS_PREFIX,
  });
  const key = config.CREDIT_PERSON_ID_KEY;
  return {
    ...ctx,
    database,
    bus,
    clock: overrides.clock ?? makeClock(config),
    ids: { uuid: newEventId, id: (prefix) => `${prefix}-${newEventId()}` },
    rules: rulesFromConfig(config),
    // The same person always hashes alike (lookups work); the number cannot be recovered
    // without the key (GB 11643 numbers are guessable, so a plain hash would not protect them).
    hashIdNumber: (idNumber) =>
      createHmac('sha256', key).update(idNumber.trim().toUpperCase()).digest('hex'),
    sha256: (text) => createHash('sha256').update(text).digest('hex'),
  };
}
