// Every EXCHANGE_ARCHIVE_PURGE_INTERVAL_MS, drops archived events older than the catch-up
// window. Replicas may purge at once: deleting a deleted row is a no-op.
import { purgeOldEvents } from '../app/purge-archive.js';
import type { Deps } from '../deps.js';

/** The purger. */
export interface ArchivePurger {
  /** One purge; returns how many events were deleted. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Makes the purger (not started); a purge starts an interval after the last one ended. */
export function makeArchivePurger(deps: Deps): ArchivePurger {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  const runOnce = () => purgeOldEvents(deps);
  const tick = () => {
    running = runOnce()
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'archive purge failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, deps.config.EXCHANGE_ARCHIVE_PURGE_INTERVAL_MS);
      });
  };
  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
