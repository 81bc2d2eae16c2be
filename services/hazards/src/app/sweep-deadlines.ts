// The deadline sweeper: every case whose deadline passed unfixed gets exactly one
// hazards.hazard.overdue per deadline, however many replicas sweep at once. Each case is
// decided under its row lock and the state remembers the deadline it was flagged for, so a
// second replica finds nothing left to do (the domain refuses a second flag).
import { DomainError } from '@yiwang/service-kit';
import { findOverdueCandidates } from '../db/hazards.js';
import type { Deps } from '../deps.js';
import { DEADLINE_RUNNING } from '../domain/decide-hazard.js';
import { HazardCodes } from '../domain/errors.js';
import { executeHazardCommand } from './execute-hazard-command.js';
import { localDate } from './local-date.js';

/** One sweep; returns how many cases this call flagged overdue. */
export async function sweepDeadlines(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const today = localDate(now);
  const ids = await findOverdueCandidates(
    deps.database.db,
    today,
    DEADLINE_RUNNING,
    deps.config.HAZARDS_SWEEP_BATCH,
  );
  let flagged = 0;
  for (const id of ids) {
    try {
      await executeHazardCommand(deps, id, {
        kind: 'mark-overdue',
        at: now.toISOString(),
        today,
        by: deps.config.HAZARDS_SERVICE_ACTOR,
      });
      flagged++;
    } catch (error) {
      // Another replica flagged it first, or it moved on meanwhile.
      if (error instanceof DomainError && error.code === HazardCodes.illegalTransition) continue;
      throw error;
    }
  }
  return flagged;
}

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
