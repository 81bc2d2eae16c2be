// NATS for the hub: NATS_URL when something listens there; else a local nats-server with
// JetStream in .data/nats; else stop and say what to do (ARCHITECTURE.md §8).
import { dataDir } from './data-dir.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { listening, waitListening } from './net.mjs';

const SEARCH = ['/usr/sbin/nats-server', '/usr/local/bin/nats-server', '/usr/bin/nats-server'];

function findNatsServer() {
  if (process.env.NATS_SERVER_BIN) return process.env.NATS_SERVER_BIN;
  if (spawnSync('nats-server', ['--version'], { stdio: 'ignore' }).status === 0)
    return 'nats-server';
  return SEARCH.find((p) => existsSync(p));
}

/** Returns `{ url, stop }`; `stop` is a no-op when the server was already there. */
export async function ensureNats(root, log) {
  const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  if (await listening(url)) {
    log(`NATS at ${url}`);
    return { url, stop: async () => {} };
  }
  const bin = findNatsServer();
  if (!bin) {
    throw new Error(
      `Nothing listens at ${url} and no nats-server was found.\n` +
        `  Either set NATS_URL to a running NATS with JetStream,\n` +
        `  or install nats-server (Debian: apt-get install nats-server) and run this again.`,
    );
  }
  const { hostname, port } = new URL(url);
  const store = join(dataDir(root), 'nats');
  mkdirSync(store, { recursive: true });
  const child = spawn(bin, ['-a', hostname, '-p', port || '4222', '-js', '-sd', store], {
    stdio: 'ignore',
  });
  await waitListening(url, 10_000, 'nats-server');
  log(`started nats-server with JetStream at ${url} (store ${store})`);
  return {
    url,
    stop: () =>
      new Promise((resolve) =>
        child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM')),
      ),
  };
}
