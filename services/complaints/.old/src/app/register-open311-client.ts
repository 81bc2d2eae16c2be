// An Open311 client application (a civic app) gets an API key, shown once; only its hash is
// stored (the kit's generateApiKey: 256 random bits, sha256 at rest).
import { generateApiKey, type Principal } from '@yiwang/service-kit';
import { open311Clients } from '../db/tables.js';
import type { Deps } from '../deps.js';

export async function registerOpen311Client(deps: Deps, caller: Principal, name: string) {
  const { key, id, hash } = generateApiKey('o311');
  const createdAt = deps.clock().toISOString();
  await deps.database.db
    .insert(open311Clients)
    .values({ id, name, keyHash: hash, createdBy: caller.sub, createdAt });
  return { id, name, apiKey: key, createdAt };
}
