// Saves a policy decision: evolves the state, writes the row and the contract events to the
// outbox in the caller's transaction (STYLE.md rule 4: the outbox is the only way to publish).
import type { Causation } from '@yiwang/bus';
import { insertPolicy, savePolicy } from '../db/policies.js';
import { storeIssuingTrace } from '../db/policy-trace.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { evolve, type Policy, type PolicyEvent } from '../domain/policy.js';
import { policyContractEvent } from '../events/contract-events.js';

/** Applies and records `events` on `before` (undefined for a new policy); returns the state. */
export async function recordPolicyEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock'>,
  tx: Executor,
  before: Policy | undefined,
  events: readonly PolicyEvent[],
  causation?: Causation,
): Promise<Policy> {
  let state = before;
  const contract = [];
  for (const event of events) {
    state = evolve(state, event);
    const ce = policyContractEvent(event, state, { id: deps.ids.uuid(), causation });
    if (ce !== undefined) contract.push(ce);
  }
  if (state === undefined) throw new Error('no events to record');
  const at = deps.clock.now();
  if (before === undefined) {
    await insertPolicy(tx, state, at);
    await storeIssuingTrace(tx, state.id);
  } else {
    await savePolicy(tx, state, at);
  }
  await deps.bus.outbox.add(tx, contract);
  return state;
}
