// insurance.compliance.violated (a high-risk enterprise without adequate 安责险, 应急〔2025〕27号)
// → a bad record (insurance violation).
import type { Static } from '@sinclair/typebox';
import type { insurance } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { recordFromEvent } from '../app/record-from-event.js';
import type { Deps, Schema } from '../deps.js';

type Violated = Static<typeof insurance.complianceViolated.schema>;

/** Consumer spec. */
export function recordWhenInsuranceViolated(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'credit-record-when-insurance-violated',
    filterSubjects: [`${deps.config.CREDIT_BUS_PREFIX}.insurance.compliance.violated.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.insurance.compliance.violated.v1') return;
      const d = event.data as Violated;
      await recordFromEvent(deps, tx, event, {
        kind: 'bad-record',
        trigger: 'insurance-violation',
        triggerRef: d.complianceId,
        summary: `Mandatory liability insurance non-compliant: ${d.reason}`,
        occurredAt: d.detectedAt,
      });
    },
  };
}
