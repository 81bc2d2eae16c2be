import pg from 'pg';
import { testInfra } from './infra.js';
import { uniquePrefix } from './prefix.js';

/** A database made for one test file. */
export interface TestDatabase {
  /** Connection URL of the new database. */
  url: string;
  name: string;
  /** Drops the database, closing whatever connections remain. */
  drop(): Promise<void>;
}

/** Creates a fresh, empty database on the test PostgreSQL server. */
export async function createTestDatabase(label = 'db'): Promise<TestDatabase> {
  const { databaseUrl } = await testInfra();
  const name = uniquePrefix(label);
  await withAdmin(databaseUrl, (c) => c.query(`create database "${name}"`));
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(databaseUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)),
  };
}

async function withAdmin(
  url: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
