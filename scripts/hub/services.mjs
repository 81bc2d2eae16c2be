// Finds the services of the hub (services/*/package.json with a "yiwang" block) and runs each
// as its own process, its log lines prefixed with its name.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { formatLine } from './log-line.mjs';

/**
 * Every service present: `{ name, dir, dirName, port, main, devSecrets, needs }`, in port order.
 * `needs` says which backing services it uses (`{ database, nats }`, both by default).
 * `devOnly`: devSecrets a deployment must not set; `secrets`: keys only a deployment sets.
 */
export function discoverServices(root) {
  const dir = join(root, 'services');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, pkg: JSON.parse(readFileSync(file, 'utf8')) }))
    .filter(({ pkg }) => pkg.yiwang?.port)
    .map(({ file, pkg }) => ({
      name: pkg.yiwang.service ?? pkg.name,
      dir: join(file, '..'),
      dirName: basename(join(file, '..')),
      port: Number(process.env[`${envName(pkg.yiwang.service)}_PORT`] ?? pkg.yiwang.port),
      main: pkg.yiwang.main ?? 'dist/main.js',
      devSecrets: pkg.yiwang.devSecrets ?? {},
      needs: pkg.yiwang.needs ?? {},
      // devSecrets only a local hub sets (e.g. demo accounts), and secrets production sets.
      devOnly: pkg.yiwang.devOnly ?? [],
      secrets: pkg.yiwang.secrets ?? [],
    }))
    .sort((a, b) => a.port - b.port);
}

/** `iot-ingest` → `IOT_INGEST`: the prefix of a service's own environment overrides. */
export const envName = (service) =>
  String(service)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '_');

/** Each service gets a database of its own on the shared server: yiwang_<service>. */
export function serviceDatabaseUrl(serverUrl, service) {
  const url = new URL(serverUrl);
  url.pathname = `/yiwang_${service.replace(/[^a-z0-9]/g, '_')}`;
  return url.toString();
}

/** Starts one service; resolves to the child process. */
export function startService(service, env, color) {
  const child = spawn(process.execPath, ['--enable-source-maps', service.main], {
    cwd: service.dir,
    env: { ...process.env, ...env, PORT: String(service.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `${color}${service.name.padEnd(10)}\x1b[0m│ `;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) =>
      process.stdout.write(prefix + formatLine(line) + '\n'),
    );
  }
  return child;
}
