// Registers a department with its sharing policy (version 1) and issues its API key, shown
// once. Records `exchange.department.registered`.
import { generateApiKey } from '@yiwang/service-kit';
import { decideRegister, type Department } from '../domain/department.js';
import { insertDepartment, loadDepartment } from '../db/departments.js';
import { lockKey } from '../db/locks.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided } from './decided.js';
import { checkPolicy, type PolicyInput } from './policy-input.js';

/** What an administrator submits. */
export type RegisterDepartmentInput = Omit<
  Department,
  'version' | 'registeredAt' | 'policy' | 'natsNkey'
> & {
  readonly policy: PolicyInput;
};

/** Registers; returns the department and its API key (never stored in clear). */
export async function registerDepartment(deps: Deps, input: RegisterDepartmentInput) {
  const policy = { ...checkPolicy(input.policy), version: 1 };
  const at = deps.clock.now();
  const key = generateApiKey('dept');
  const department = await deps.database.db.transaction(async (tx) => {
    await lockKey(tx, `department:${input.code}`);
    const existing = await loadDepartment(tx, input.code, true);
    const events = decided(
      decideRegister(existing?.department, { ...input, policy, registeredAt: at.toISOString() }),
    );
    const registered = events[0];
    if (registered?.type !== 'department.registered') throw new Error('no registration event');
    await insertDepartment(tx, registered.department, key, at);
    const facts = { id: deps.ids.uuid(), sequence: 1, region: deps.config.EXCHANGE_HOME_REGION };
    await deps.bus.outbox.add(tx, toContractEvent(registered, facts));
    return registered.department;
  });
  return { department, apiKey: key.key };
}
