// PUT of an enterprise: register it, or update only what changed, close or reopen it. A PUT
// that changes nothing records nothing (idempotent for retries and re-imports).
import { accept, type Decision } from './decision.js';
import { changesOf } from './enterprise-changes.js';
import { checkPlacement } from './enterprise-placement.js';
import type { Enterprise, EnterpriseEvent, EnterpriseProfile } from './enterprise.js';
import type { GridCell } from './grid.js';

/** The command: the desired state of one enterprise. */
export interface PutEnterprise {
  readonly uscc: string;
  readonly profile: Omit<EnterpriseProfile, 'highRiskCategory' | 'township'> & {
    readonly highRiskCategory?: EnterpriseProfile['highRiskCategory'] | undefined;
    readonly township?: string | undefined;
  };
  readonly status: Enterprise['status'];
  readonly closure?: Enterprise['closure'];
  readonly at: string;
}

/** Decides the events of a PUT, given the current enterprise and the named grid cell. */
export function decidePutEnterprise(
  current: Enterprise | undefined,
  cmd: PutEnterprise,
  cell: GridCell | undefined,
): Decision<EnterpriseEvent> {
  const p = cmd.profile;
  const checked = checkPlacement(cmd, cell);
  if (!checked.ok) return checked.decision;
  const { township, highRiskCategory } = checked;
  const profile: EnterpriseProfile = {
    ...p,
    highRiskCategory,
    township,
    address: p.address ?? current?.address,
    employees: p.employees ?? current?.employees,
  };
  if (current === undefined) {
    const enterprise: Enterprise = {
      ...profile,
      uscc: cmd.uscc,
      status: cmd.status,
      closure: cmd.status === 'closed' ? cmd.closure : undefined,
      version: 1,
      registeredAt: cmd.at,
    };
    return accept([{ type: 'enterprise.registered', enterprise, at: cmd.at }]);
  }
  return accept(changesOf(current, profile, cmd));
}
