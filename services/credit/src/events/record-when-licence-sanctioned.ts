// permits.licence.suspended (for a violation) and .revoked → a penalty record (permit
// violation). Suspensions for a credit listing, an overdue major hazard or lapsed insurance
// are consequences of facts credit already recorded from their own events, so they are not
// recorded again (and a listing cannot feed itself).
import type { Static } from '@sinclair/typebox';
import type { permits } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recordFromEvent } from '../app/record-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Suspended = Static<typeof permits.licenceSuspended.schema>;
type Revoked = Static<typeof permits.licenceRevoked.schema>;

/** Consumer spec. */
export function recordWhenLicenceSanctioned(deps: Deps): ConsumerSpec<Schema> {
  const p = deps.config.CREDIT_BUS_PREFIX;
  return {
    name: 'credit-record-when-licence-sanctioned',
    filterSubjects: [`${p}.permits.licence.suspended.*`, `${p}.permits.licence.revoked.*`],
    handler: async (event, { tx }) => {
      if (event.type === 'yiwang.permits.licence.suspended.v1') {
        const d = event.data as Suspended;
        if (d.reason !== 'violation' && d.reason !== 'other') return;
        await recordFromEvent(deps, tx, event, {
          kind: 'penalty',
          trigger: 'permit-violation',
          triggerRef: `${d.licenceId}:${d.decisionNumber}`,
          penaltyDecisionNumber: d.decisionNumber,
          summary: `Licence ${d.licenceId} suspended (${d.reason})`,
          occurredAt: d.suspendedAt,
        });
      }
      if (event.type === 'yiwang.permits.licence.revoked.v1') {
        const d = event.data as Revoked;
        await recordFromEvent(deps, tx, event, {
          kind: 'penalty',
          trigger: 'permit-violation',
          triggerRef: `${d.licenceId}:${d.decisionNumber}`,
          penaltyDecisionNumber: d.decisionNumber,
          summary: `Licence ${d.licenceId} revoked: ${d.reason}`.slice(0, 1000),
          occurredAt: d.revokedAt,
        });
      }
    },
  };
}
