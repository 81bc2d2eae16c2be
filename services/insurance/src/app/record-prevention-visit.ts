// Records a prevention visit (POST /v1/insurance/policies/{id}/prevention-visits): within
// the plan's budget and the policy period; every finding is published as
// `insurance.prevention.finding-reported`, which the hazards context turns into a hazard case
// (source insurer-prevention). The insurer's visit number is the idempotency key.
import { createEvent, insurance } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import { findVisit, insertVisit, loadPlan, spentOn } from '../db/prevention.js';
import type { Deps } from '../deps.js';
import type { Policy } from '../domain/policy.js';
import { decideVisit, type Finding, type Visit } from '../domain/prevention.js';
import { decided } from './decided.js';
import { loadPolicyLocked } from './load-policy-locked.js';
import { localDate } from './local-date.js';

/** A visit as the insurer sends it. */
export interface VisitRequest {
  readonly visitNumber: string;
  readonly visitedOn: string;
  readonly costFen: number;
  readonly engineer: string;
  readonly findings: readonly Omit<Finding, 'id'>[];
}

/** Records the visit and publishes its findings. */
export async function recordPreventionVisit(
  deps: Deps,
  policyId: string,
  req: VisitRequest,
  authorize: (p: Policy) => void,
): Promise<{ visit: Visit; created: boolean }> {
  return deps.database.db.transaction(async (tx) => {
    const policy = await loadPolicyLocked(tx, policyId);
    authorize(policy);
    const existing = await findVisit(tx, policy.insurer, req.visitNumber);
    if (existing !== undefined) {
      if (existing.policyId !== policyId) {
        throw new DomainError(
          'INSURANCE.VISIT_NUMBER_CONFLICT',
          `Visit number ${req.visitNumber} is taken.`,
        );
      }
      return { visit: existing, created: false };
    }
    const now = deps.clock.now();
    const visit: Visit = {
      ...req,
      id: deps.ids.id('vis'),
      policyId,
      findings: req.findings.map((f) => ({ ...f, id: deps.ids.id('fnd') })),
    };
    const plan = await loadPlan(tx, policyId);
    decided(decideVisit(policy, plan, await spentOn(tx, policyId), visit, localDate(now)));
    await insertVisit(tx, policy.insurer, policy.uscc, visit, now);
    const at = now.toISOString();
    const events = visit.findings.map((f) =>
      createEvent(insurance.preventionFindingReported, {
        id: deps.ids.uuid(),
        time: at,
        subject: f.id,
        sequence: 1,
        region: policy.region,
        enterprise: policy.uscc,
        data: {
          findingId: f.id,
          visitId: visit.id,
          policyId,
          insurer: policy.insurer,
          visitedOn: visit.visitedOn,
          suggestedLevel: f.suggestedLevel,
          summary: f.summary,
          photos: [...f.photos],
          reportedAt: at,
        },
      }),
    );
    await deps.bus.outbox.add(tx, events);
    return { visit, created: true };
  });
}
