// Saves a decision on a licence: evolves the state, writes the row and the contract events to
// the outbox in the caller's transaction.
import type { Causation } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { storeLicence } from '../db/licences.js';
import { storeOpeningTrace } from '../db/opening-traces.js';
import { licences } from '../db/tables.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { evolveLicence, type Licence, type LicenceEvent } from '../domain/licence.js';
import { licenceContractEvent } from '../events/licence-contract-events.js';

/** Applies and records `events` on `before` (undefined: a new licence); returns the state. */
export async function recordLicenceEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock'>,
  tx: Executor,
  before: Licence | undefined,
  events: readonly LicenceEvent[],
  causation?: Causation,
): Promise<Licence> {
  if (events.length === 0 && before !== undefined) return before;
  let state = before;
  const contract: CloudEvent[] = [];
  for (const event of events) {
    state = evolveLicence(state, event);
    const ce = licenceContractEvent(event, state, deps.ids.uuid(), causation);
    if (ce !== undefined) contract.push(ce);
  }
  if (state === undefined) throw new Error('no events to record');
  await storeLicence(tx, state, deps.clock.now(), before === undefined);
  if (before === undefined) await storeOpeningTrace(tx, licences, state.id);
  await deps.bus.outbox.add(tx, contract);
  return state;
}
