// Builds the typed dependencies of the exchange: its database (created and migrated), the
// event backbone (outbox, relay, consumers), the connection departments' NATS events go out
// on, a clock, id generators, the hash function and the webhook-secret box.
import { createHash } from 'node:crypto';
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
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import { makeSecretBox, type SecretBox } from './delivery/secret-box.js';
import { shareConnection } from './delivery/share-connection.js';
import type { Sha256 } from './domain/ledger.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** The clock; tests pass one they can move forward. */
export interface Clock {
  now(): Date;
}

/** Id generators (UUIDv7: time-ordered). */
export interface Ids {
  /** A UUIDv7 (event ids, delivery ids). */
  uuid(): string;
  /** A prefixed opaque id, e.g. `gt-0195…` for grid tasks. */
  id(prefix: string): string;
}

/** Everything the app needs. */
export interface Deps {
  readonly config: Config;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  readonly database: Database<Schema>;
  readonly bus: EventBackbone<Schema>;
  /** Where shared events are published for departments' NATS clients (SHARING account). */
  readonly shareNats: NatsConnection;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly sha256: Sha256;
  readonly secrets: SecretBox;
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
    name: 'exchange',
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  });
  const bus = await connectEventBackbone({
    name: 'exchange',
    config,
    logger,
    database,
    onShutdown,
    prefix: config.EXCHANGE_BUS_PREFIX,
  });
  const shareNats = await shareConnection(config, bus.nats.nc, onShutdown);
  if (config.EXCHANGE_SECRETS_KEY === undefined) {
    logger.warn('EXCHANGE_SECRETS_KEY is not set: webhook secrets are stored unsealed');
  }
  return {
    ...ctx,
    database,
    bus,
    shareNats,
    clock: overrides.clock ?? makeClock(config),
    ids: { uuid: newEventId, id: (prefix) => `${prefix}-${newEventId()}` },
    sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
    secrets: makeSecretBox(config.EXCHANGE_SECRETS_KEY),
  };
}
