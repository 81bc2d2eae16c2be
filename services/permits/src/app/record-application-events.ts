// Saves a decision on an application: evolves the state, writes the row, the public progress
// entries and the contract events to the outbox in the caller's transaction (STYLE.md rule 4:
// the outbox is the only way to publish).
import type { Causation } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { insertApplication, saveApplication } from '../db/applications.js';
import { storeOpeningTrace } from '../db/opening-traces.js';
import { appendProgress, listProgress } from '../db/progress.js';
import { applications } from '../db/tables.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { evolve, type Application, type ApplicationEvent } from '../domain/application.js';
import { progressOf, type ProgressEntry } from '../domain/progress.js';
import {
  applicationContractEvent,
  progressContractEvent,
} from '../events/application-contract-events.js';

/** Where the application stands before the events. */
export interface Before {
  readonly state: Application | undefined;
  /** Only for a new application: the applicant's Idempotency-Key. */
  readonly clientKey?: string | null;
  readonly causation?: Causation | undefined;
}

/** Applies and records `events`; returns the new state. */
export async function recordApplicationEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock'>,
  tx: Executor,
  before: Before,
  events: readonly ApplicationEvent[],
): Promise<Application> {
  if (events.length === 0 && before.state !== undefined) return before.state;
  let state = before.state;
  const contract: CloudEvent[] = [];
  const entries: ProgressEntry[] = [];
  for (const event of events) {
    state = evolve(state, event);
    const ce = applicationContractEvent(event, state, deps.ids.uuid(), before.causation);
    if (ce !== undefined) contract.push(ce);
    const entry = progressOf(event, state);
    if (entry !== undefined) entries.push(entry);
  }
  if (state === undefined) throw new Error('no events to record');
  const at = deps.clock.now();
  if (before.state === undefined) {
    await insertApplication(tx, state, before.clientKey ?? null, at);
    await storeOpeningTrace(tx, applications, state.id);
  } else {
    await saveApplication(tx, state, at);
  }
  if (entries.length > 0) {
    const already = before.state === undefined ? 0 : (await listProgress(tx, state.id)).length;
    await appendProgress(tx, state.id, entries);
    const a = state;
    entries.forEach((p, i) =>
      contract.push(
        progressContractEvent(p, already + i + 1, a, deps.ids.uuid(), before.causation),
      ),
    );
  }
  await deps.bus.outbox.add(tx, contract);
  return state;
}
