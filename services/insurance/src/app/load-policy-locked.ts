// Loads a policy for a change: first unlocked to learn its enterprise, then under the
// enterprise lock and the row lock (the lock order of every compliance change: enterprise,
// then policy rows), so compliance is assessed from facts no one else is changing.
import { lockEnterprise } from '../db/locks.js';
import { loadPolicy } from '../db/policies.js';
import type { Executor } from '../db/types.js';
import type { Policy } from '../domain/policy.js';
import { policyNotFound } from './decided.js';

/** The policy `id`, locked; 404 when unknown. */
export async function loadPolicyLocked(tx: Executor, id: string): Promise<Policy> {
  const first = await loadPolicy(tx, id);
  if (first === undefined) throw policyNotFound(id);
  await lockEnterprise(tx, first.uscc);
  const policy = await loadPolicy(tx, id, true);
  if (policy === undefined) throw policyNotFound(id);
  return policy;
}
