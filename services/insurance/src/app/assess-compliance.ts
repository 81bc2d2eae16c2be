// Re-assesses an enterprise's compliance after anything that may flip it: a policy issued,
// renewed, cancelled or lapsed, or the directory marking it high-risk, closed or reopened.
// Callers hold the enterprise lock (db/locks.ts) and pass their transaction, so the flip
// and its event commit with the change that caused it.
import type { Causation } from '@yiwang/bus';
import { loadCompliance, saveCompliance } from '../db/compliance.js';
import { findEnterprise } from '../db/enterprises.js';
import { policiesOf } from '../db/policies.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { decideCompliance, evolveCompliance, type Compliance } from '../domain/compliance.js';
import { coversFrom } from '../domain/policy.js';
import { complianceContractEvent } from '../events/contract-events.js';
import { decided } from './decided.js';
import { localDate } from './local-date.js';

/** Assesses `uscc`; undefined while the directory does not know the enterprise. */
export async function assessCompliance(
  deps: Deps,
  tx: Executor,
  uscc: string,
  causation?: Causation,
): Promise<Compliance | undefined> {
  const enterprise = await findEnterprise(tx, uscc);
  if (enterprise === undefined) return undefined;
  const now = deps.clock.now();
  const today = localDate(now);
  const policies = await policiesOf(tx, uscc);
  const facts = {
    uscc,
    region: enterprise.region,
    industry: enterprise.industry,
    highRisk: enterprise.highRisk,
    open: enterprise.status === 'open',
    activePolicyId: policies.find((p) => coversFrom(p, today))?.id,
    hadPolicy: policies.length > 0,
  };
  const before = await loadCompliance(tx, uscc);
  const at = now.toISOString();
  const events = decided(decideCompliance(facts, before, at, deps.ids.id('cmp')));
  if (events.length === 0) {
    // No flip, but the directory may have moved the enterprise: keep the per-region lists right.
    if (
      before !== undefined &&
      (before.region !== facts.region || before.industry !== facts.industry)
    ) {
      const moved = { ...before, region: facts.region, industry: facts.industry };
      await saveCompliance(tx, moved, now);
      return moved;
    }
    return before;
  }
  let state = before;
  const contract = [];
  for (const event of events) {
    state = evolveCompliance(state, facts, event);
    const ce = complianceContractEvent(event, state, { id: deps.ids.uuid(), causation });
    if (ce !== undefined) contract.push(ce);
  }
  if (state === undefined) return before;
  await saveCompliance(tx, state, now);
  await deps.bus.outbox.add(tx, contract);
  return state;
}
