// Records a claim under a policy (POST /v1/insurance/policies/{id}/claims): published as
// `insurance.claim.recorded` (restricted: counts and amounts only) and added to the accident
// history of the floating premium — once per accident: a claim of an accident hazards already
// reported adds nothing, hazards' later report of it replaces the claim's estimate.
import { createEvent, insurance } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import { findClaim, insertClaim } from '../db/claims.js';
import { insertAccidentIfNew } from '../db/risk.js';
import type { Deps } from '../deps.js';
import { claimLevel, decideClaim, type Claim } from '../domain/claim.js';
import type { Policy } from '../domain/policy.js';
import { decided } from './decided.js';
import { loadPolicyLocked } from './load-policy-locked.js';
import { localDate } from './local-date.js';

/** Records the claim; the claim number is the insurer's idempotency key. */
export async function recordClaim(
  deps: Deps,
  policyId: string,
  req: Omit<Claim, 'id' | 'policyId'>,
  authorize: (p: Policy) => void,
): Promise<{ claim: Claim; created: boolean }> {
  return deps.database.db.transaction(async (tx) => {
    const policy = await loadPolicyLocked(tx, policyId);
    authorize(policy);
    const existing = await findClaim(tx, policy.insurer, req.claimNumber);
    if (existing !== undefined) {
      if (existing.policyId !== policyId) {
        throw new DomainError(
          'INSURANCE.CLAIM_NUMBER_CONFLICT',
          `Claim number ${req.claimNumber} is taken.`,
        );
      }
      return { claim: existing, created: false };
    }
    const now = deps.clock.now();
    const [claim] = decided(
      decideClaim(policy, { ...req, id: deps.ids.id('clm'), policyId }, localDate(now)),
    );
    if (claim === undefined) throw new Error('no claim decided');
    await insertClaim(tx, policy.insurer, policy.uscc, claim, now);
    await insertAccidentIfNew(tx, {
      id: claim.accidentId ?? `claim:${claim.id}`,
      uscc: policy.uscc,
      level: claimLevel(claim, deps.rules.claimThresholds),
      occurredOn: claim.occurredOn,
      source: 'claim',
      updatedAt: now,
    });
    const { claimNumber: _n, id: claimId, ...figures } = claim;
    await deps.bus.outbox.add(tx, [
      createEvent(insurance.claimRecorded, {
        id: deps.ids.uuid(),
        time: now.toISOString(),
        subject: claimId,
        sequence: 1,
        region: policy.region,
        enterprise: policy.uscc,
        data: { claimId, ...figures, recordedAt: now.toISOString() },
      }),
    ]);
    return { claim, created: true };
  });
}
