// The demo's view of the hub: which services answer, starting `npm start` when none does, and
// bearer tokens signed with the local secret (the same as `npm run token`).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { discoverServices } from '../hub/services.mjs';

/** Base URL of each service: `{ exchange: 'http://127.0.0.1:3100', … }`. */
export function serviceUrls(root) {
  return Object.fromEntries(
    discoverServices(root).map((s) => [s.name, `http://127.0.0.1:${s.port}`]),
  );
}

async function ready(url) {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Waits until every service answers /readyz. Starts the hub (`scripts/start.mjs`, its output in
 * `<data>/demo-hub.log`) when none answers; returns a stop function for a hub it started.
 */
export async function ensureHub(root, dataDir, log) {
  const urls = serviceUrls(root);
  const states = await Promise.all(Object.values(urls).map(ready));
  let child;
  if (!states.some(Boolean)) {
    await mkdir(dataDir, { recursive: true });
    const logFile = join(dataDir, 'demo-hub.log');
    log(`starting the hub (npm start; its log: ${logFile})…`);
    child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = createWriteStream(logFile);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  const deadline = Date.now() + 600_000;
  for (;;) {
    const waiting = [];
    for (const [name, url] of Object.entries(urls)) if (!(await ready(url))) waiting.push(name);
    if (waiting.length === 0) break;
    if (child?.exitCode !== null && child?.exitCode !== undefined) {
      throw new Error(`the hub exited (${child.exitCode}); see ${join(dataDir, 'demo-hub.log')}`);
    }
    if (Date.now() > deadline) throw new Error(`not ready after 10 min: ${waiting.join(', ')}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  return child
    ? () =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGINT');
        })
    : async () => undefined;
}

/** Mints bearer tokens with the hub's local secret (dev-secrets.json) or JWT_HS256_SECRET. */
export async function tokenMinter(root, dataDir) {
  const file = join(dataDir, 'dev-secrets.json');
  const secret =
    process.env.JWT_HS256_SECRET ??
    (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).JWT_HS256_SECRET : undefined);
  if (!secret) throw new Error(`no JWT_HS256_SECRET and no ${file}: is the hub local?`);
  const { mintToken } = await import(join(root, 'packages/service-kit/dist/index.js'));
  const key = { alg: 'HS256', secret };
  const issuer = process.env.JWT_ISSUER ?? 'yiwang';
  const audience = process.env.JWT_AUDIENCE ?? 'yiwang';
  return (sub, roles, { dept = 'bureau', regions = ['330500'] } = {}) =>
    mintToken({ sub, dept, roles, regions }, { issuer, audience, key, ttl: '12h' });
}
