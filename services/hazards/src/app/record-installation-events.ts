// Saves an installation decision: evolves the state, writes the row and the contract events
// to the outbox in the caller's transaction (STYLE.md rule 4).
import { saveInstallation } from '../db/installations.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import {
  evolveInstallation,
  type Installation,
  type InstallationEvent,
} from '../domain/installation.js';
import { installationContractEvent } from '../events/installation-contract-events.js';

/** Applies and records `events`; returns the new state. */
export async function recordInstallationEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock'>,
  tx: Executor,
  before: Installation | undefined,
  events: readonly InstallationEvent[],
): Promise<Installation> {
  let state = before;
  for (const e of events) {
    state = evolveInstallation(state, e);
    await deps.bus.outbox.add(tx, installationContractEvent(e, state, deps.ids.uuid()));
  }
  if (state === undefined) throw new Error('no installation events');
  await saveInstallation(tx, state, deps.clock.now());
  return state;
}
