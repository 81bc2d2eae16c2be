// The hub's services as the deployment files must know them: every services/<dir> whose
// package.json has a "yiwang" block (the discovery `npm start` and `npm run k8s` use).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** A service's "yiwang" block, with the folder it lives in. */
export interface HubService {
  dir: string;
  service: string;
  port: number;
  devSecrets?: Record<string, string>;
  devOnly?: string[];
  secrets?: string[];
  needs?: { database?: boolean; nats?: boolean };
}

/** Every service present under services/. */
export async function hubServices(): Promise<HubService[]> {
  const found: HubService[] = [];
  for (const dir of await readdir(join(root, 'services'))) {
    const text = await readFile(join(root, 'services', dir, 'package.json'), 'utf8').catch(
      () => '{}',
    );
    const pkg = JSON.parse(text) as { yiwang?: Omit<HubService, 'dir'> };
    if (pkg.yiwang) found.push({ dir, ...pkg.yiwang });
  }
  return found;
}
