// insurance.prevention.finding-reported → a hazard case (source insurer-prevention,
// sourceRef = finding id). The insurer's suggested level is not a grading: staff grade it.
import type { Static } from '@sinclair/typebox';
import type { insurance } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { openCaseFromEvent } from '../app/open-case-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Finding = Static<typeof insurance.preventionFindingReported.schema>;

/** Consumer spec. */
export function openCaseWhenPreventionFindingReported(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'hazards-open-case-when-prevention-finding-reported',
    filterSubjects: [`${deps.config.HAZARDS_BUS_PREFIX}.insurance.prevention.finding-reported.*`],
    handler: async (event, { tx, log }) => {
      if (event.type !== 'yiwang.insurance.prevention.finding-reported.v1') return;
      const d = event.data as Finding;
      if (event.enterprise === undefined) {
        log.info({ findingId: d.findingId }, 'finding names no enterprise: no hazard case');
        return;
      }
      await openCaseFromEvent(
        deps,
        tx,
        event,
        {
          uscc: event.enterprise,
          region: event.region,
          source: 'insurer-prevention',
          sourceRef: d.findingId,
          category: 'other',
          summary: d.summary,
          foundAt: d.reportedAt,
          foundBy: d.insurer,
          photos: d.photos,
        },
        `insurer:${d.findingId}`,
      );
    },
  };
}
