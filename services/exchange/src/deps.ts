// Builds the typed dependencies of the exchange: the kit's service core (database created and
// migrated, event backbone, clock, ids), the connection departments' NATS events go out on,
// the hash function and the webhook-secret box.
import { createHash } from 'node:crypto';
import {
  connectServiceCore,
  type ServiceContext,
  type ServiceCore,
  type ServiceCoreOverrides,
} from '@yiwang/service-kit';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import { makeSecretBox, type SecretBox } from './delivery/secret-box.js';
import { shareConnection } from './delivery/share-connection.js';
import type { Sha256 } from './domain/ledger.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** Everything the app needs: the service core (ids such as `gt-0195…`) and the exchange's own. */
export interface Deps extends ServiceCore<Config, Schema> {
  /** Where shared events are published for departments' NATS clients (SHARING account). */
  readonly shareNats: NatsConnection;
  readonly sha256: Sha256;
  readonly secrets: SecretBox;
}

/** Overrides for tests (a clock they move forward). */
export type DepsOverrides = ServiceCoreOverrides;

/** Connects and migrates everything; every resource is registered with `onShutdown`. */
export async function makeDeps(
  ctx: ServiceContext<Config>,
  overrides: DepsOverrides = {},
): Promise<Deps> {
  const { config, logger, onShutdown } = ctx;
  const core = await connectServiceCore(ctx, {
    name: 'exchange',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: config.EXCHANGE_BUS_PREFIX,
    clock: overrides.clock,
  });
  const shareNats = await shareConnection(config, core.bus.nats.nc, onShutdown);
  if (config.EXCHANGE_SECRETS_KEY === undefined) {
    logger.warn('EXCHANGE_SECRETS_KEY is not set: webhook secrets are stored unsealed');
  }
  return {
    ...core,
    shareNats,
    sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
    secrets: makeSecretBox(config.EXCHANGE_SECRETS_KEY),
  };
}
