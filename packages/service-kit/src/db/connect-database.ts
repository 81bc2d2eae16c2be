import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { loadPg } from './load-pg.js';

/** A service's connection to its own database. */
export interface Database<TSchema extends Record<string, unknown> = Record<string, never>> {
  readonly pool: Pool;
  readonly db: NodePgDatabase<TSchema> & { $client: Pool };
  /** Ends the pool (waits for checked-out clients to be released). Idempotent. */
  readonly close: () => Promise<void>;
}

/** Options of {@link connectDatabase}. */
export interface ConnectOptions<TSchema extends Record<string, unknown>> {
  readonly logger: Logger;
  /** Drizzle schema for relational queries. */
  readonly schema?: TSchema;
  /** Pool size; default 10. */
  readonly max?: number;
  /** How long a query waits for a connection before failing (→ 503); default 5000 ms. */
  readonly connectionTimeoutMillis?: number;
  /** Shown in `pg_stat_activity`; use the service name. */
  readonly applicationName?: string;
}

/**
 * Opens a pg pool and a Drizzle database over it. Connections are made lazily, so this
 * succeeds while PostgreSQL is down; queries then fail fast with a connection error the error
 * handler turns into 503. Errors of idle clients (server restart) are logged, not thrown: an
 * unhandled pool `error` event would kill the process.
 */
export async function connectDatabase<
  TSchema extends Record<string, unknown> = Record<string, never>,
>(url: string, options: ConnectOptions<TSchema>): Promise<Database<TSchema>> {
  const pg = await loadPg();
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    ...(options.applicationName === undefined ? {} : { application_name: options.applicationName }),
  });
  pool.on('error', (error) => options.logger.warn({ err: error }, 'idle database client failed'));
  const db = drizzle({
    client: pool,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
  });
  let closing: Promise<void> | undefined;
  return { pool, db, close: () => (closing ??= pool.end()) };
}
