// The use case behind every transition: load the case under lock → check access → decide →
// save the state and its events in one transaction.
import type { Causation } from '@yiwang/bus';
import { loadHazard, type StoredHazard } from '../db/hazards.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { HazardCommand } from '../domain/commands.js';
import { decideHazard } from '../domain/decide-hazard.js';
import type { Hazard } from '../domain/hazard.js';
import { decided, hazardNotFound } from './decided.js';
import { recordHazardEvents } from './record-hazard-events.js';

/** Options: an access check on the loaded case, and the causing event. */
export interface ExecuteOptions {
  readonly authorize?: (stored: StoredHazard) => void;
  readonly causation?: Causation;
  /** Run inside this transaction instead of a new one (consumers, the sweeper). */
  readonly tx?: Executor;
}

/** Executes `command` on case `id`; returns the new state. */
export async function executeHazardCommand(
  deps: Deps,
  id: string,
  command: HazardCommand,
  options: ExecuteOptions = {},
): Promise<Hazard> {
  const run = async (tx: Executor) => {
    const stored = await loadHazard(tx, id, true);
    if (stored === undefined) throw hazardNotFound(id);
    options.authorize?.(stored);
    const events = decided(decideHazard(command, stored.hazard, deps.rules));
    return recordHazardEvents(
      deps,
      tx,
      {
        state: stored.hazard,
        enterpriseName: stored.enterpriseName,
        industry: stored.industry,
        causation: options.causation,
        traceParent: stored.traceParent,
      },
      events,
    );
  };
  return options.tx === undefined ? deps.database.db.transaction(run) : run(options.tx);
}
