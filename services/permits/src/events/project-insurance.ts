// insurance.policy.* and insurance.compliance.* → the local policy and compliance
// projections (安责险 is mandatory for the eight high-risk industries, 应急〔2025〕27号), then
// the holder's licences are reconciled: a non-compliance case suspends them, its end
// reinstates. The insured enterprise is the envelope's `enterprise`.
import { causedBy } from '@yiwang/bus';
import type { Static } from '@sinclair/typebox';
import type { insurance } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { reconcileHolder } from '../app/reconcile-holder.js';
import { lockHolder } from '../db/locks.js';
import { projectCompliance, projectPolicy } from '../db/projections.js';
import type { Deps, Schema } from '../deps.js';

type Issued = Static<typeof insurance.policyIssued.schema>;

const POLICY_LIVE = ['yiwang.insurance.policy.issued.v1', 'yiwang.insurance.policy.renewed.v1'];
const POLICY_ENDED = ['yiwang.insurance.policy.lapsed.v1', 'yiwang.insurance.policy.cancelled.v1'];
const VIOLATED = 'yiwang.insurance.compliance.violated.v1';
const COMPLIANT = [
  'yiwang.insurance.compliance.restored.v1',
  'yiwang.insurance.compliance.ended.v1',
];

/** Consumer spec. */
export function projectInsurance(deps: Deps): ConsumerSpec<Schema> {
  const prefix = deps.config.PERMITS_BUS_PREFIX;
  return {
    name: 'permits-project-insurance',
    filterSubjects: [`${prefix}.insurance.policy.*.*`, `${prefix}.insurance.compliance.*.*`],
    handler: async (event, { tx }) => {
      const uscc = event.enterprise ?? null;
      const at = new Date(event.time);
      if (uscc !== null) await lockHolder(tx, uscc);
      if (POLICY_LIVE.includes(event.type) || POLICY_ENDED.includes(event.type)) {
        const d = event.data as Partial<Issued> & { policyId: string };
        await projectPolicy(tx, {
          policyId: d.policyId,
          uscc,
          startsOn: d.startsOn ?? null,
          endsOn: d.endsOn ?? null,
          seq: event.sequence,
          set: POLICY_LIVE.includes(event.type),
          at,
        });
      } else if (event.type === VIOLATED || COMPLIANT.includes(event.type)) {
        await projectCompliance(tx, {
          complianceId: (event.data as { complianceId: string }).complianceId,
          uscc,
          seq: event.sequence,
          set: event.type === VIOLATED,
          at,
        });
      } else {
        return;
      }
      if (uscc !== null) await reconcileHolder(deps, tx, uscc, causedBy(event));
    },
  };
}
