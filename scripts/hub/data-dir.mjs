import { join } from 'node:path';

/** Where `npm start` keeps local state (NATS store, embedded PostgreSQL, dev secrets). */
export function dataDir(root) {
  return process.env.HUB_DATA_DIR ?? join(root, '.data');
}
