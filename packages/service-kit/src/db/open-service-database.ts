import type { Logger } from 'pino';
import { retryWhileUnreachable } from '../lifecycle/retry-connection.js';
import { connectDatabase, type Database } from './connect-database.js';
import { ensureDatabase } from './ensure-database.js';
import { migrateDatabase } from './migrate-database.js';

/** Options of {@link openServiceDatabase}. */
export interface OpenServiceDatabaseOptions<TSchema extends Record<string, unknown>> {
  /** Shown in `pg_stat_activity`: the service name. */
  readonly name: string;
  readonly url: string;
  /** Connections of the pool (the relay holds one of them while it runs); default 10. */
  readonly poolMax?: number;
  readonly logger: Logger;
  readonly onShutdown: (name: string, close: () => Promise<void>) => void;
  readonly schema: TSchema;
  /** The service's Drizzle migrations folder. */
  readonly migrationsFolder: string;
}

/**
 * A service's own database, ready to use: created when missing, connected, migrated (each step
 * waiting while PostgreSQL is unreachable instead of crash-looping) and closed at shutdown.
 */
export async function openServiceDatabase<TSchema extends Record<string, unknown>>(
  options: OpenServiceDatabaseOptions<TSchema>,
): Promise<Database<TSchema>> {
  const { name, url, logger, onShutdown, schema, migrationsFolder } = options;
  await retryWhileUnreachable(() => ensureDatabase(url), { logger, what: 'ensure database' });
  const database = await connectDatabase(url, {
    logger,
    schema,
    applicationName: name,
    ...(options.poolMax === undefined ? {} : { max: options.poolMax }),
  });
  onShutdown('database', database.close);
  await retryWhileUnreachable(() => migrateDatabase(database.db, migrationsFolder), {
    logger,
    what: 'migrate database',
  });
  return database;
}
