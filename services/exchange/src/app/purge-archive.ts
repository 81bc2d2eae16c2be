// The archive keeps EXCHANGE_ARCHIVE_DAYS of events (the catch-up window); older ones are
// deleted in batches so one purge never holds a long transaction.
import { purgeArchive } from '../db/event-archive.js';
import type { Deps } from '../deps.js';

const DAY_MS = 86_400_000;
const BATCH = 5_000;

/** Deletes every archived event older than the window; returns how many. */
export async function purgeOldEvents(deps: Deps): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - deps.config.EXCHANGE_ARCHIVE_DAYS * DAY_MS);
  let purged = 0;
  for (;;) {
    const count = await purgeArchive(deps.database.db, before, BATCH);
    purged += count;
    if (count < BATCH) return purged;
  }
}
