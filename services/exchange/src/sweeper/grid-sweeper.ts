// The grid sweeper: every EXCHANGE_GRID_SWEEP_INTERVAL_MS it flags open grid tasks past their
// SLA; `runOnce` is exposed so tests drive it with their clock.
import { flagOverdueTasks } from '../app/flag-overdue-tasks.js';
import type { Deps } from '../deps.js';

/** The sweeper. */
export interface GridSweeper {
  /** Flags one batch; returns how many tasks were flagged. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Makes the sweeper (not started). */
export function makeGridSweeper(deps: Deps): GridSweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  const runOnce = () => flagOverdueTasks(deps);
  const loop = async () => {
    let flagged = 0;
    try {
      flagged = await runOnce();
    } catch (error) {
      deps.logger.warn({ err: error }, 'grid sweep failed; will retry');
    }
    if (stopped) return;
    const full = flagged >= deps.config.EXCHANGE_GRID_SWEEP_BATCH;
    timer = setTimeout(tick, full ? 0 : deps.config.EXCHANGE_GRID_SWEEP_INTERVAL_MS);
  };
  const tick = () => {
    running = loop();
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
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
