// A concealed accident (瞒报) found through a substantiated 12350 report: flagged as
// hazards.accident.concealment-flagged (credit lists on it), linked to the report id. The
// accident gets an id when flagged (DOMAIN.md "Accidents").
import { causedBy } from '@yiwang/bus';
import { createEvent, hazards as c, type CloudEvent, type complaints } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';

type Substantiated = Static<typeof complaints.reportSubstantiated.schema>;

/** Writes the flag to the outbox in the consumer's transaction. */
export async function flagConcealedAccident(
  deps: Deps,
  tx: Executor,
  cause: CloudEvent,
  d: Substantiated,
): Promise<void> {
  const accidentId = deps.ids.id('acc');
  const flagged = createEvent(c.accidentConcealmentFlagged, {
    id: deps.ids.uuid(),
    time: d.verifiedAt,
    subject: accidentId,
    region: d.region,
    sequence: 1,
    enterprise: d.enterprise,
    ...causedBy(cause),
    data: {
      accidentId,
      violation: 'concealed',
      detectedVia: 'complaint',
      complaintReportId: d.reportId,
      ...(d.accidentLevel === undefined ? {} : { level: d.accidentLevel }),
      ...(d.concealedDeaths === undefined ? {} : { deaths: d.concealedDeaths }),
      flaggedAt: d.verifiedAt,
      flaggedBy: d.verifiedBy,
    },
  });
  await deps.bus.outbox.add(tx, flagged);
}
