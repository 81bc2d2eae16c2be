// Fans joint-punishment measures out to the departments whose policy applies them, as
// credit.measure.issued through the outbox (DOMAIN.md "Credit and blacklist": permit vetoes,
// insurance surcharge, land, procurement, subsidies, loans, awards; more inspections).
import type { Causation } from '@yiwang/bus';
import { createEvent, credit as c } from '@yiwang/contracts';
import { allPolicies } from '../db/departments.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Measure } from '../domain/measures.js';
import type { SubjectRef } from '../domain/subject.js';
import { contractSubject, envelope } from '../events/contract-events.js';

/** What the measures are for. */
export interface MeasureOrder {
  readonly subject: SubjectRef;
  readonly measures: readonly Measure[];
  readonly listingId?: string;
  readonly recordId?: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil?: string;
}

/** Writes one credit.measure.issued naming the departments that apply any of the measures. */
export async function issueMeasures(
  deps: Pick<Deps, 'bus' | 'ids' | 'clock' | 'config'>,
  tx: Executor,
  order: MeasureOrder,
  causation?: Causation,
): Promise<void> {
  if (order.measures.length === 0) return;
  const targets = (await allPolicies(tx))
    .filter((p) => p.measures.some((m) => order.measures.includes(m as Measure)))
    .map((p) => p.departmentId)
    .slice(0, 100);
  const measureId = deps.ids.id('msr');
  const at = deps.clock.now().toISOString();
  const surcharge = order.measures.includes('insurance-premium-surcharge');
  await deps.bus.outbox.add(
    tx,
    createEvent(c.measureIssued, {
      ...envelope(deps.ids.uuid(), measureId, 1, order.subject, at, causation),
      data: {
        measureId,
        ...(order.listingId === undefined ? {} : { listingId: order.listingId }),
        ...(order.recordId === undefined ? {} : { recordId: order.recordId }),
        subject: contractSubject(order.subject),
        measures: [...order.measures],
        ...(surcharge
          ? { premiumSurchargePercent: deps.config.CREDIT_INSURANCE_SURCHARGE_PERCENT }
          : {}),
        targetDepartments: targets,
        effectiveFrom: order.effectiveFrom,
        ...(order.effectiveUntil === undefined ? {} : { effectiveUntil: order.effectiveUntil }),
        issuedAt: at,
      },
    }),
  );
}
