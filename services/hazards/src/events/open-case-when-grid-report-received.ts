// exchange.gridreport.received (category safety-hazard) → a hazard case (source grid), or,
// when the report answers a task that came from a case (`hazardId`), a link on that case
// (DOMAIN.md "Grid dispatch": the two stay linked). A report about no known enterprise
// cannot become a case (a case belongs to one USCC) and is skipped with a log line. A report
// whose invalidation (a later sequence) was handled first ended at triage: no case, no link.
import { claimAggregateVersion } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { exchange } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { executeHazardCommand } from '../app/execute-hazard-command.js';
import { localDate } from '../app/local-date.js';
import { openCaseFromEvent } from '../app/open-case-from-event.js';
import { loadHazard } from '../db/hazards.js';
import type { Deps, Schema } from '../deps.js';
import { GRID_REPORTS_PROJECTION } from './note-when-grid-report-invalidated.js';

type GridReport = Static<typeof exchange.gridreportReceived.schema>;

/** Consumer spec. */
export function openCaseWhenGridReportReceived(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-open-case-when-grid-report-received',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.exchange.gridreport.received.*`],
    handler: async (event, { tx, log }) => {
      if (event.type !== 'yiwang.exchange.gridreport.received.v1') return;
      const d = event.data as GridReport;
      if (d.category !== 'safety-hazard') return;
      if (!(await claimAggregateVersion(tx, GRID_REPORTS_PROJECTION, event))) {
        log.info({ reportId: d.reportId }, 'grid report already invalidated: no hazard case');
        return;
      }
      if (d.hazardId !== undefined && (await loadHazard(tx, d.hazardId)) !== undefined) {
        const at = new Date(event.time);
        await executeHazardCommand(
          deps,
          d.hazardId,
          {
            kind: 'link',
            source: 'grid',
            ref: d.reportId,
            at: at.toISOString(),
            today: localDate(at),
            by: d.worker,
          },
          { tx },
        );
        return;
      }
      if (event.enterprise === undefined) {
        log.info({ reportId: d.reportId }, 'grid report names no enterprise: no hazard case');
        return;
      }
      await openCaseFromEvent(
        deps,
        tx,
        event,
        {
          uscc: event.enterprise,
          region: event.region,
          source: 'grid',
          sourceRef: d.reportId,
          category: 'other',
          summary: d.summary,
          foundAt: d.reportedAt,
          foundBy: d.worker,
          photos: d.photos,
        },
        `grid:${d.reportId}`,
      );
    },
  };
}
