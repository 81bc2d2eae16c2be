// Applies decided events to the report, saves it and writes its contract events to the outbox,
// all inside the caller's transaction (load → decide → save + outbox.add, STYLE.md rule 4).
import { insertReport, saveReport, type NewReportRow, type Tx } from '../db/report-store.js';
import type { Deps } from '../deps.js';
import type { ReportEvent } from '../domain/report/events.js';
import { evolve } from '../domain/report/evolve.js';
import type { Report } from '../domain/report/state.js';
import { toContractEvents } from '../events/to-contract-events.js';

export interface PublishOptions {
  readonly correlation?: { correlationid: string; causationid: string } | undefined;
  /** For a new report: what the row needs besides the state. */
  readonly insert?: NewReportRow;
}

/** Evolves `report` by `events`, persists it and adds the events to the outbox. */
export async function publishReportEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'deadlines'>,
  tx: Tx,
  report: Report | undefined,
  events: readonly ReportEvent[],
  at: string,
  options: PublishOptions = {},
): Promise<Report> {
  let state = report;
  const contract = [];
  for (const event of events) {
    state = evolve(state, event);
    contract.push(
      ...toContractEvents(event, {
        id: deps.ids(),
        after: state,
        correlation: options.correlation,
      }),
    );
  }
  if (state === undefined) throw new Error('no events to publish');
  if (options.insert !== undefined) {
    await insertReport(tx, state, { ...options.insert, at }, deps.deadlines.dueSoonDays);
  } else if (state !== report) {
    await saveReport(tx, state, at, deps.deadlines.dueSoonDays);
  }
  await deps.bus.outbox.add(tx, contract);
  return state;
}
