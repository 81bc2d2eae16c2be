// complaints.report.substantiated → a hazard case (source complaint, sourceRef = report id,
// so that hazards.hazard.closed links back to the report). Only hazard findings open a case;
// the reporter's words never leave complaints, so the summary is built from the code. A
// concealed accident (瞒报) found this way is flagged instead.
import type { Static } from '@sinclair/typebox';
import type { complaints } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { flagConcealedAccident } from '../app/flag-concealed-accident.js';
import { openCaseFromEvent } from '../app/open-case-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Substantiated = Static<typeof complaints.reportSubstantiated.schema>;

/** Consumer spec. */
export function openCaseWhenReportSubstantiated(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-open-case-when-report-substantiated',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.complaints.report.substantiated.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.complaints.report.substantiated.v1') return;
      const d = event.data as Substantiated;
      if (d.finding === 'concealed-accident') {
        await flagConcealedAccident(deps, tx, event, d);
        return;
      }
      if (d.finding !== 'major-hazard' && d.finding !== 'general-hazard') return;
      await openCaseFromEvent(
        deps,
        tx,
        event,
        {
          uscc: d.enterprise,
          region: d.region,
          source: 'complaint',
          sourceRef: d.reportId,
          category: 'other',
          summary: `12350 report ${d.summaryCode}: ${d.severity} hazard substantiated on site`,
          foundAt: d.verifiedAt,
          foundBy: d.verifiedBy,
          photos: [],
        },
        `complaint:${d.reportId}`,
      );
    },
  };
}
