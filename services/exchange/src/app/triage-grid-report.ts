// POST /v1/grid/reports/{id}/triage: the grid centre accepts a report (a task for its cell is
// dispatched, the SLA starts) or finds it invalid (DOMAIN.md "Grid dispatch"). A second triage
// is 409 EXCHANGE.GRID_REPORT_ILLEGAL_TRANSITION.
import { DomainError } from '@yiwang/service-kit';
import { decideReportTriage, type ReportTriage } from '../domain/decide-report-triage.js';
import { evolveTask } from '../domain/evolve-task.js';
import { evolveReport } from '../domain/evolve-report.js';
import { anyCovers } from '../domain/region.js';
import { findCell } from '../db/grid-cells.js';
import { findReport, saveReport } from '../db/grid-reports.js';
import { saveTask } from '../db/grid-tasks.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided, notFound } from './decided.js';

/** Triages report `id` as `actor`; returns the report after it. */
export async function triageGridReport(
  deps: Deps,
  id: string,
  triage: ReportTriage,
  actor: { sub: string; regions: readonly string[] },
) {
  const at = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    let report = await findReport(tx, id, true);
    if (report === undefined) throw notFound('grid report', id);
    if (!anyCovers(actor.regions, report.region)) {
      throw new DomainError(
        'EXCHANGE.REGION_FORBIDDEN',
        `Your token does not cover region ${report.region}.`,
      );
    }
    const ctx = {
      by: actor.sub,
      at,
      taskId: deps.ids.id('gt'),
      slaHours: deps.config.EXCHANGE_GRID_TASK_SLA_HOURS,
    };
    const cell = await findCell(tx, report.gridCellId);
    for (const event of decided(decideReportTriage(report, triage, cell, ctx))) {
      let sequence: number;
      if (event.type === 'gridtask.dispatched') {
        const task = evolveTask(undefined, event);
        await saveTask(tx, task, at);
        sequence = task.version;
      } else if (event.type === 'gridreport.accepted' || event.type === 'gridreport.invalidated') {
        report = evolveReport(report, event);
        sequence = report.version;
      } else {
        throw new Error(`triage decided an unexpected ${event.type}`);
      }
      const facts = { id: deps.ids.uuid(), sequence, region: report.region };
      await deps.bus.outbox.add(
        tx,
        toContractEvent(event, { ...facts, enterprise: report.enterprise }),
      );
    }
    await saveReport(tx, report);
    return report;
  });
}
