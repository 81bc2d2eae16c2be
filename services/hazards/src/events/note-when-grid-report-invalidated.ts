// exchange.gridreport.invalidated (the grid centre found the report invalid at triage:
// duplicate, out of scope, not verifiable) → a note on the case opened from that report
// (source grid, sourceRef = report id) while the case is still in its first state `found`.
// DOMAIN.md "Hazards" has no transition from `found` to `closed` (a general case closes only
// after rectification and recheck, a major one after the on-site review; `rejected` sends a
// failed review back to rectifying), so the case is not closed here: the invalidation is kept
// as a link (`<reportId>:invalidated:<reason>`) and an inspector decides the case. A case that
// has progressed (graded) was already taken up by the bureau and is left alone.
// The report's sequence is claimed in `GRID_REPORTS_PROJECTION`, so a `received` handled after
// its invalidation (consumers run independently) opens no case.
import { claimAggregateVersion } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { exchange } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { executeHazardCommand } from '../app/execute-hazard-command.js';
import { localDate } from '../app/local-date.js';
import { findOpenByDedupKey, loadHazard } from '../db/hazards.js';
import type { Deps, Schema } from '../deps.js';

type Invalidated = Static<typeof exchange.gridreportInvalidated.schema>;

/** Versions of grid reports seen by hazards' grid consumers (report id → last sequence). */
export const GRID_REPORTS_PROJECTION = 'hazards-grid-reports';

/** The link ref that records the invalidation of grid report `reportId`. */
export const invalidationRef = (reportId: string, reason: string): string =>
  `${reportId}:invalidated:${reason}`;

/** Consumer spec. */
export function noteWhenGridReportInvalidated(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-note-when-grid-report-invalidated',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.exchange.gridreport.invalidated.*`],
    handler: async (event, { tx, log }) => {
      if (event.type !== 'yiwang.exchange.gridreport.invalidated.v1') return;
      const d = event.data as Invalidated;
      if (!(await claimAggregateVersion(tx, GRID_REPORTS_PROJECTION, event))) return;
      const stored =
        d.hazardId === undefined
          ? await findOpenByDedupKey(tx, `grid:${d.reportId}`)
          : await loadHazard(tx, d.hazardId, true);
      const h = stored?.hazard;
      // Only the case opened from this very report; a case a report merely answered keeps going.
      if (h === undefined || h.source !== 'grid' || h.sourceRef !== d.reportId) return;
      if (h.status !== 'found') {
        log.info({ reportId: d.reportId, hazardId: h.id }, 'grid report invalidated after triage');
        return;
      }
      const at = new Date(d.invalidatedAt);
      await executeHazardCommand(
        deps,
        h.id,
        {
          kind: 'link',
          source: 'grid',
          ref: invalidationRef(d.reportId, d.reason),
          at: at.toISOString(),
          today: localDate(at),
          by: d.invalidatedBy,
        },
        { tx },
      );
    },
  };
}
