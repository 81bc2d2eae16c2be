// Builds the typed Deps of the service: the kit's service core (database created and migrated,
// event backbone), the identity vault, the deadline policy, the clock and the id generator.
// Factories only (STYLE.md rule 7): tests build their own Deps with a test database and bus
// prefix.
import { makeEventIdGenerator } from '@yiwang/contracts';
import { connectServiceCore, type ServiceContext, type ServiceCore } from '@yiwang/service-kit';
import { makeVault, type Vault } from './app/identity-vault.js';
import { randomBytesPooled } from './app/random-pool.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import type { DeadlinePolicy } from './domain/policy.js';

export type Schema = typeof schema;

/** Everything the app, its use cases and its consumers need. */
export interface Deps extends Omit<ServiceCore<Config, Schema>, 'clock' | 'ids'> {
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

/** Opens the vault, connects and migrates the database and connects the bus. */
export async function makeDeps(
  context: ServiceContext<Config>,
  options: DepsOptions = {},
): Promise<Deps> {
  const { config } = context;
  const vault = makeVault(config.COMPLAINTS_VAULT_KEYS, config.COMPLAINTS_VAULT_ACTIVE_KEY_ID);
  const prefix = options.prefix ?? config.COMPLAINTS_BUS_PREFIX;
  const core = await connectServiceCore(context, {
    name: 'complaints',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: prefix,
    clock: options.clock === undefined ? undefined : { now: options.clock },
  });
  // random bits from the pooled CSPRNG block (one fill per many ids, see random-pool.ts)
  const ids = makeEventIdGenerator((bytes) => {
    bytes.set(randomBytesPooled(bytes.length));
    return bytes;
  });
  return {
    ...core,
    vault,
    prefix,
    deadlines: deadlinePolicy(config),
    clock: core.clock.now,
    ids: () => ids(),
  };
}

/** The deadlines of the complaint procedure, as configured. */
function deadlinePolicy(config: Config): DeadlinePolicy {
  return {
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
  };
}
