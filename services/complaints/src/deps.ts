// Builds the typed Deps of the service: database (created and migrated), the event backbone
// (outbox, relay, consumers), the identity vault, the clock and the id generator. Factories
// only (STYLE.md rule 7): tests build their own Deps with a test database and bus prefix.
import { fileURLToPath } from 'node:url';
import { makeEventIdGenerator } from '@yiwang/contracts';
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
import { makeVault, type Vault } from './app/identity-vault.js';
import { randomBytesPooled } from './app/random-pool.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import type { DeadlinePolicy } from './domain/policy.js';

export type Schema = typeof schema;

/** Everything the app, its use cases and its consumers need. */
export interface Deps {
  readonly config: Config;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  readonly database: Database<Schema>;
  readonly bus: EventBackbone<Schema>;
  readonly vault: Vault;
  /** Bus subject prefix (`yiwang`; tests use their own). */
  readonly prefix: string;
  readonly deadlines: DeadlinePolicy;
  /** The clock; tests move it. */
  readonly clock: () => Date;
  /** UUIDv7 ids for reports, rewards and events. */
  readonly ids: () => string;
}

/** Options for tests: a bus prefix and a controllable clock. */
export interface DepsOptions {
  readonly prefix?: string;
  readonly clock?: () => Date;
}

const migrations = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Connects and migrates the database, connects the bus and opens the vault. */
export async function makeDeps(
  context: ServiceContext<Config>,
  options: DepsOptions = {},
): Promise<Deps> {
  const { config, logger, onShutdown } = context;
  const vault = makeVault(config.COMPLAINTS_VAULT_KEYS, config.COMPLAINTS_VAULT_ACTIVE_KEY_ID);
  const database = await openServiceDatabase({
    name: 'complaints',
    url: config.DATABASE_URL,
    poolMax: config.DATABASE_POOL_MAX,
    logger,
    onShutdown,
    schema,
    migrationsFolder: migrations,
  });
  const prefix = options.prefix ?? config.COMPLAINTS_BUS_PREFIX;
  const bus = await connectEventBackbone({
    name: 'complaints',
    config,
    logger,
    database,
    onShutdown,
    prefix,
  });
  // random bits from the pooled CSPRNG block (one fill per many ids, see random-pool.ts)
  const ids = makeEventIdGenerator((bytes) => {
    bytes.set(randomBytesPooled(bytes.length));
    return bytes;
  });
  return {
    ...context,
    database,
    bus,
    vault,
    prefix,
    deadlines: {
      verifyDays: config.COMPLAINTS_VERIFY_DAYS,
      maxExtensionDays: config.COMPLAINTS_MAX_EXTENSION_DAYS,
      feedbackDays: config.COMPLAINTS_FEEDBACK_DAYS,
      claimDays: config.COMPLAINTS_CLAIM_DAYS,
      dueSoonDays: config.COMPLAINTS_DUE_SOON_DAYS,
      replyWorkingDays: config.COMPLAINTS_REPLY_WORKING_DAYS,
      replyDueSoonDays: config.COMPLAINTS_REPLY_DUE_SOON_DAYS,
      concludeDays: config.COMPLAINTS_CONCLUDE_DAYS,
      concludeMaxDays: config.COMPLAINTS_CONCLUDE_MAX_DAYS,
      calendar: {
        name: 'COMPLAINTS_HOLIDAYS / COMPLAINTS_MAKEUP_WORKDAYS',
        holidays: config.COMPLAINTS_HOLIDAYS,
        workdays: config.COMPLAINTS_MAKEUP_WORKDAYS,
      },
    },
    clock: options.clock ?? makeClock(config).now,
    ids: () => ids(),
  };
}
