#!/usr/bin/env node
// `npm start`: brings up the whole hub from a fresh clone with only Node.js >= 20 present.
// Installs dependencies when needed, builds, finds NATS and PostgreSQL (or starts local ones),
// starts every service on its fixed port and stops everything cleanly on Ctrl-C.
import { fileURLToPath } from 'node:url';
import { ensureNats } from './hub/nats.mjs';
import { installNeeded, pnpm } from './hub/pnpm.mjs';
import { discoverServices } from './hub/services.mjs';
import { runHub } from './hub/run.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (msg) => process.stdout.write(`\x1b[1myiwang\x1b[0m    │ ${msg}\n`);

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  log(`Node.js >= 20 is required (found ${process.versions.node}).`);
  process.exit(1);
}

try {
  if (installNeeded(root)) {
    log('installing dependencies…');
    pnpm(root, ['install', '--frozen-lockfile']);
  }
  log('building…');
  pnpm(root, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
  const { ensurePostgres } = await import('./hub/postgres.mjs');
  const nats = await ensureNats(root, log);
  const postgres = await ensurePostgres(root, log);
  await runHub({ root, log, services: discoverServices(root), nats, postgres });
} catch (error) {
  log(`\x1b[31m${error instanceof Error ? error.message : String(error)}\x1b[0m`);
  process.exit(1);
}
