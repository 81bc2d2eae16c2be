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
  /** Prefix of its own configuration variables (`IOT` for iot-ingest's `IOT_BUS_PREFIX`). */
  readonly envPrefix: string;
  /** Local secrets it needs (`{base64:32}` templates), like scripts/hub/dev-secret.mjs. */
  readonly devSecrets: Readonly<Record<string, string>>;
}

interface Manifest {
  yiwang?: {
    service?: string;
    envPrefix?: string;
    port?: number;
    main?: string;
    devSecrets?: Record<string, string>;
  };
}

/** `iot-ingest` → `IOT_INGEST`: the prefix of the hub's variables about a service. */
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
    const name = yiwang.service ?? folder;
    found.push({
      name,
      dir,
      main: yiwang.main ?? 'dist/main.js',
      port: yiwang.port,
      envPrefix: yiwang.envPrefix ?? envName(name),
      devSecrets: yiwang.devSecrets ?? {},
    });
  }
  return found.sort((a, b) => a.port - b.port);
}
