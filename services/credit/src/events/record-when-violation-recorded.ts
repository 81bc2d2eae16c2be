// permits.violation.recorded (a licensing violation found by staff) → a credit record with
// trigger permit-violation. Operating without a licence or while it is suspended or revoked
// is listing criterion art. 7(1) of 应急管理部令第11号, so those kinds carry the
// `unlicensed-operation` fact and feed the rules engine; the other kinds (beyond scope, a
// forged or lent licence, other) are adverse records that lower the rating. With a penalty
// decision number the record is a penalty, otherwise a bad record. One record per violation.
import type { Static } from '@sinclair/typebox';
import type { permits } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recordFromEvent } from '../app/record-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Violation = Static<typeof permits.violationRecorded.schema>;

/** Violation kinds that meet art. 7(1) (operating without a valid licence). */
const UNLICENSED: readonly Violation['kind'][] = [
  'unlicensed-operation',
  'operating-while-suspended',
  'operating-while-revoked',
];

/** Consumer spec. */
export function recordWhenViolationRecorded(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'credit-record-when-violation-recorded',
    filterSubjects: [`${deps.config.CREDIT_BUS_PREFIX}.permits.violation.recorded.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.permits.violation.recorded.v1') return;
      const d = event.data as Violation;
      await recordFromEvent(
        deps,
        tx,
        // The violation names its enterprise in the data; the envelope's extension may lack it.
        { ...event, enterprise: event.enterprise ?? d.uscc },
        {
          kind: d.penaltyDecisionNumber === undefined ? 'bad-record' : 'penalty',
          trigger: 'permit-violation',
          triggerRef: d.violationId,
          ...(UNLICENSED.includes(d.kind) ? { fact: 'unlicensed-operation' as const } : {}),
          ...(d.penaltyDecisionNumber === undefined
            ? {}
            : { penaltyDecisionNumber: d.penaltyDecisionNumber }),
          summary: `Licensing violation ${d.kind}: ${d.summary}`.slice(0, 1000),
          occurredAt: d.foundAt,
        },
      );
    },
  };
}
