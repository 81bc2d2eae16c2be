// Applies decided events to the report, saves it and writes its contract events to the outbox,
// all inside the caller's transaction (load → decide → save + outbox.add, STYLE.md rule 4).
// `applyReportEvents` is the pure half, shared with intake.
import { saveReport, type Tx } from '../db/report-store.js';
import type { CloudEvent } from '@yiwang/contracts';
import type { Deps } from '../deps.js';
import type { ReportEvent } from '../domain/report/events.js';
import { evolve } from '../domain/report/evolve.js';
import type { Report } from '../domain/report/state.js';
import { toContractEvents } from '../events/to-contract-events.js';

export interface PublishOptions {
  readonly correlation?: { correlationid: string; causationid: string } | undefined;
}

/** The report after `events` and their contract events (nothing written yet). */
export function applyReportEvents(
  deps: Pick<Deps, 'ids'>,
  report: Report | undefined,
  events: readonly ReportEvent[],
  options: PublishOptions = {},
): { state: Report; contract: CloudEvent[] } {
  let state = report;
  const contract: CloudEvent[] = [];
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
  return { state, contract };
}

/**
 * Evolves an existing `report` by `events`, saves it and adds the events to the outbox (a new
 * report is written by intake's single statement instead, see submit-report.ts).
 */
export async function publishReportEvents(
  deps: Pick<Deps, 'bus' | 'ids' | 'deadlines'>,
  tx: Tx,
  report: Report,
  events: readonly ReportEvent[],
  at: string,
  options: PublishOptions = {},
): Promise<Report> {
  const { state, contract } = applyReportEvents(deps, report, events, options);
  if (state !== report) await saveReport(tx, state, at, deps.deadlines);
  await deps.bus.outbox.add(tx, contract);
  return state;
}
