// hazards.hazard.overdue of a major hazard (DOMAIN.md: overdue major hazards feed credit) and
// hazards.hazard.enforcement-ordered (the enterprise refused an order) → a bad record.
// Overdue general hazards stay with hazards (escalation, not credit).
import type { Static } from '@sinclair/typebox';
import type { hazards } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recordFromEvent } from '../app/record-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Overdue = Static<typeof hazards.hazardOverdue.schema>;
type Enforcement = Static<typeof hazards.hazardEnforcementOrdered.schema>;

/** Consumer spec. */
export function recordWhenHazardEscalated(deps: Deps): ConsumerSpec<Schema> {
  const p = deps.config.CREDIT_BUS_PREFIX;
  return {
    name: 'credit-record-when-hazard-escalated',
    filterSubjects: [`${p}.hazards.hazard.overdue.*`, `${p}.hazards.hazard.enforcement-ordered.*`],
    handler: async (event, { tx }) => {
      if (event.type === 'yiwang.hazards.hazard.overdue.v1') {
        const d = event.data as Overdue;
        if (d.level !== 'major') return;
        await recordFromEvent(deps, tx, event, {
          kind: 'bad-record',
          trigger: 'hazard-overdue',
          // One record per case and missed deadline (an extension can be missed again).
          triggerRef: `${d.hazardId}:${d.deadline}`,
          summary: `Major hazard ${d.hazardId} not rectified by ${d.deadline}`,
          occurredAt: d.detectedAt,
        });
      }
      if (event.type === 'yiwang.hazards.hazard.enforcement-ordered.v1') {
        const d = event.data as Enforcement;
        await recordFromEvent(deps, tx, event, {
          kind: 'penalty',
          trigger: 'order-refused',
          triggerRef: d.hazardId,
          penaltyDecisionNumber: d.decisionNumber,
          summary: `Refused order on hazard ${d.hazardId}: ${d.measures.join(', ')}`,
          occurredAt: d.orderedAt,
        });
      }
    },
  };
}
