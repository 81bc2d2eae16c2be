// Saves a decision: evolves the state, writes the row and the contract events to the outbox
// in the caller's transaction (STYLE.md rule 4: the outbox is the only way to publish).
import { activeTraceFields, withStoredTrace, type Causation } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { insertHazard, saveHazard } from '../db/hazards.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { evolve, type Hazard, type HazardEvent } from '../domain/hazard.js';
import { toContractEvent } from '../events/contract-events.js';

/** Where the case stands before the events. */
export interface Before {
  readonly state: Hazard | undefined;
  readonly enterpriseName: string | null;
  readonly industry: string | null;
  /** Only for a new case: one open case per key (IoT installation and cause). */
  readonly dedupKey?: string | null;
  readonly causation?: Causation | undefined;
  /** The trace the case was opened in: events raised outside any trace (sweeps) continue it. */
  readonly traceParent?: string | null;
}

/** Applies and records `events`; returns the new state. */
export async function recordHazardEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock'>,
  tx: Executor,
  before: Before,
  events: readonly HazardEvent[],
): Promise<Hazard> {
  if (events.length === 0 && before.state !== undefined) return before.state;
  let state = before.state;
  const contract: CloudEvent[] = [];
  for (const event of events) {
    state = evolve(state, event);
    const ce = toContractEvent(event, {
      id: deps.ids.uuid(),
      hazard: state,
      enterpriseName: before.enterpriseName,
      industry: before.industry,
      causation: before.causation,
    });
    if (ce !== undefined) contract.push(ce);
  }
  if (state === undefined) throw new Error('no events to record');
  const at = deps.clock.now();
  if (before.state === undefined) {
    await insertHazard(tx, state, {
      enterpriseName: before.enterpriseName,
      industry: before.industry,
      dedupKey: before.dedupKey ?? null,
      traceParent: activeTraceFields().traceparent ?? null,
      at,
    });
  } else {
    await saveHazard(tx, state, at);
  }
  const opened = { traceparent: before.traceParent ?? undefined };
  await withStoredTrace(opened, () => deps.bus.outbox.add(tx, contract));
  return state;
}
