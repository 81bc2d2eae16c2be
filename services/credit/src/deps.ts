// Builds the typed dependencies of the credit service: the kit's service core (database
// created and migrated, event backbone, clock, ids), the configured rules and the keyed hash
// of ID numbers.
import { createHash, createHmac } from 'node:crypto';
import {
  connectServiceCore,
  type ServiceContext,
  type ServiceCore,
  type ServiceCoreOverrides,
} from '@yiwang/service-kit';
import { rulesFromConfig } from './app/rules-from-config.js';
import type { Config } from './config.js';
import * as schema from './db/schema.js';
import type { CreditRules } from './domain/rules.js';

/** The service's Drizzle schema type. */
export type Schema = typeof schema;

/** Everything the app needs: the service core (ids such as `lst-0195…`), rules and hashes. */
export interface Deps extends ServiceCore<Config, Schema> {
  readonly rules: CreditRules;
  /** HMAC-SHA256 of a normalised ID number with the configured key (hex). */
  hashIdNumber(idNumber: string): string;
  /** SHA-256 hex of a string (idempotency request hashes). */
  sha256(text: string): string;
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
    name: 'credit',
    schema,
    migrationsFolder: new URL('../drizzle', import.meta.url),
    busPrefix: config.CREDIT_BUS_PREFIX,
    clock: overrides.clock,
  });
  const key = config.CREDIT_PERSON_ID_KEY;
  return {
    ...core,
    rules: rulesFromConfig(config),
    // The same person always hashes alike (lookups work); the number cannot be recovered
    // without the key (GB 11643 numbers are guessable, so a plain hash would not protect them).
    hashIdNumber: (idNumber) =>
      createHmac('sha256', key).update(idNumber.trim().toUpperCase()).digest('hex'),
    sha256: (text) => createHash('sha256').update(text).digest('hex'),
  };
}
