// The services of this checkout as scripts/hub/services.mjs finds them: every
// services/*/package.json with a "yiwang" block (name, port, entry file, local secrets).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** A service of the hub, as its package.json declares it. */
export interface ServiceInfo {
  readonly name: string;
  readonly dir: string;
  /** Entry file relative to `dir` (default `dist/main.js`). */
  readonly main: string;
  readonly port: number;
  /** Local secrets it needs (`{base64:32}` templates), like scripts/hub/dev-secret.mjs. */
  readonly devSecrets: Readonly<Record<string, string>>;
}

interface Manifest {
  yiwang?: { service?: string; port?: number; main?: string; devSecrets?: Record<string, string> };
}

/** `iot-ingest` → `IOT_INGEST`: the prefix of a service's own variables. */
export const envName = (service: string): string =>
  service.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/** Every service present, in port order. */
export async function discoverServices(): Promise<ServiceInfo[]> {
  const found: ServiceInfo[] = [];
  for (const folder of await readdir(join(root, 'services'))) {
    const dir = join(root, 'services', folder);
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const { yiwang } = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    if (yiwang?.port === undefined) continue;
    found.push({
      name: yiwang.service ?? folder,
      dir,
      main: yiwang.main ?? 'dist/main.js',
      port: yiwang.port,
      devSecrets: yiwang.devSecrets ?? {},
    });
  }
  return found.sort((a, b) => a.port - b.port);
}
