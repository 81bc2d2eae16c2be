// complaints.report.substantiated with finding illegal-operation (非法生产经营: operating
// without the required licence) → a bad record that meets listing criterion art. 7(1).
// Concealed accidents found through 12350 reach credit as hazards' concealment flag (hazards
// turns the same report into one), so they are not recorded twice here. Nothing identifying
// the reporter is in the event or the record.
import type { Static } from '@sinclair/typebox';
import type { complaints } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recordFromEvent } from '../app/record-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Substantiated = Static<typeof complaints.reportSubstantiated.schema>;

/** Consumer spec. */
export function recordWhenReportSubstantiated(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'credit-record-when-report-substantiated',
    filterSubjects: [`${deps.config.CREDIT_BUS_PREFIX}.complaints.report.substantiated.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.complaints.report.substantiated.v1') return;
      const d = event.data as Substantiated;
      if (d.finding !== 'illegal-operation') return;
      await recordFromEvent(
        deps,
        tx,
        { ...event, enterprise: d.enterprise },
        {
          kind: 'bad-record',
          trigger: 'permit-violation',
          triggerRef: d.reportId,
          fact: 'unlicensed-operation',
          summary: `Substantiated 12350 report ${d.reportId}: operating without a licence (${d.summaryCode})`,
          occurredAt: d.verifiedAt,
        },
      );
    },
  };
}
