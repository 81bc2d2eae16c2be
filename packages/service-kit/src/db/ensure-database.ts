import { DatabaseError } from './database-error.js';
import { loadPg } from './load-pg.js';

/** SQLSTATEs meaning "someone else created it first": duplicate_database, unique_violation. */
const alreadyCreated = new Set(['42P04', '23505']);

/**
 * Creates the database named in `url` when it does not exist yet, by connecting to the
 * `postgres` maintenance database of the same server with the same credentials. Each service
 * owns its database (ARCHITECTURE §8). Safe for replicas starting together: losing the
 * `CREATE DATABASE` race (42P04, or 23505 on pg_database's unique index) counts as success.
 * Resolves to whether this call created it.
 */
export async function ensureDatabase(url: string): Promise<{ created: boolean }> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (name === '') throw new DatabaseError(`DATABASE_URL names no database: ${target.host}`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const pg = await loadPg();
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    const existing = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (existing.rowCount !== 0) return { created: false };
    await client.query(`create database ${client.escapeIdentifier(name)}`);
    return { created: true };
  } catch (error) {
    if (alreadyCreated.has((error as { code?: string }).code ?? '')) return { created: false };
    throw new DatabaseError(`could not ensure database ${name} exists`, { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}
