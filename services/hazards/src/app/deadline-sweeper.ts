// The sweeper loop of this process: runs sweepDeadlines every HAZARDS_SWEEP_INTERVAL_MS; a
// failed sweep is logged and retried at the next tick.
import type { Deps } from '../deps.js';
import { sweepDeadlines } from './sweep-deadlines.js';

/** A timer running {@link sweepDeadlines}. */
export interface DeadlineSweeper {
  start(): void;
  stop(): Promise<void>;
}

/** Makes the sweeper loop of this process. */
export function makeDeadlineSweeper(deps: Deps): DeadlineSweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepDeadlines(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'deadline sweep failed; retried at the next tick'),
    );
  };
  return {
    start() {
      timer = setInterval(tick, deps.config.HAZARDS_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
