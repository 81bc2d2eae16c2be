// Runs scanDeadlines every interval in each replica; correctness does not depend on a single
// scheduler (see scan-deadlines.ts), so there is no leader election.
import type { Deps } from '../deps.js';
import { purgeIdempotencyKeys } from './purge-idempotency-keys.js';
import { scanDeadlines } from './scan-deadlines.js';

export interface DeadlineScheduler {
  /** One scan now (also what the timer runs). */
  tick(): Promise<number>;
  start(): void;
  /** Stops the timer and waits for a scan in progress. */
  stop(): Promise<void>;
}

export function makeDeadlineScheduler(deps: Deps, intervalMs: number): DeadlineScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  const tick = async (): Promise<number> => {
    if (running !== undefined) return running;
    running = (async () => {
      await purgeIdempotencyKeys(deps);
      return scanDeadlines(deps);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return {
    tick,
    start() {
      if (intervalMs <= 0 || timer !== undefined) return;
      timer = setInterval(() => {
        tick().catch((error: unknown) =>
          deps.logger.warn({ err: error }, 'deadline scan failed; retrying at the next interval'),
        );
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
