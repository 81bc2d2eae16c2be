// Replaces a department's sharing policy (version + 1), recorded as
// `exchange.department.policy-changed`. Applies to events shared from then on.
import { decidePolicyChange } from '../domain/department.js';
import { loadDepartment, updateDepartment } from '../db/departments.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided, notFound } from './decided.js';
import { checkPolicy, type PolicyInput } from './policy-input.js';

/** Changes the policy; returns the department as now stored. */
export async function changePolicy(deps: Deps, code: string, input: PolicyInput, by: string) {
  const policy = checkPolicy(input, '');
  const at = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const found = await loadDepartment(tx, code, true);
    if (found === undefined) throw notFound('department', code);
    const events = decided(decidePolicyChange(found.department, policy, by, at.toISOString()));
    const event = events[0];
    if (event?.type !== 'department.policy-changed') throw new Error('no policy event');
    const version = found.department.version + 1;
    await updateDepartment(tx, code, {
      policy: event.policy as unknown as Record<string, unknown>,
      version,
      updatedAt: at,
    });
    const facts = {
      id: deps.ids.uuid(),
      sequence: version,
      region: deps.config.EXCHANGE_HOME_REGION,
    };
    await deps.bus.outbox.add(tx, toContractEvent(event, facts));
    return { ...found.department, policy: event.policy, version };
  });
}
