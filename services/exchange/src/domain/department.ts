// Departments of the one network: who they are, how they receive events, what they may see.
import { accept, reject, type Decision } from './decision.js';
import type { SharingPolicy } from './policy.js';

/** Kinds of departments (ARCHITECTURE.md "Who uses it"). */
export type DepartmentKind =
  'bureau' | 'industry-department' | 'bank' | 'insurer' | 'grid-centre' | 'district-government';

/** Delivery paths a department may use. */
export type Channel = 'nats' | 'webhook' | 'pull';

/** A registered department. */
export interface Department {
  readonly code: string;
  readonly name: string;
  readonly kind: DepartmentKind;
  readonly channels: readonly Channel[];
  readonly contact?: string | undefined;
  readonly policy: SharingPolicy;
  readonly natsNkey?: string | undefined;
  readonly version: number;
  readonly registeredAt: string;
}

/** What happened to a department. */
export type DepartmentEvent =
  | { readonly type: 'department.registered'; readonly department: Department }
  | {
      readonly type: 'department.policy-changed';
      readonly code: string;
      readonly policy: SharingPolicy;
      readonly by: string;
      readonly at: string;
    };

/** Registers a department with its first policy (version 1). */
export function decideRegister(
  existing: Department | undefined,
  department: Omit<Department, 'version'>,
): Decision<DepartmentEvent> {
  if (existing !== undefined) {
    return reject(
      'EXCHANGE.DEPARTMENT_ALREADY_EXISTS',
      `Department ${department.code} is already registered.`,
    );
  }
  return accept([{ type: 'department.registered', department: { ...department, version: 1 } }]);
}

/** Replaces the policy; the version goes up so every delivery can name the policy it used. */
export function decidePolicyChange(
  department: Department,
  policy: Omit<SharingPolicy, 'version'>,
  by: string,
  at: string,
): Decision<DepartmentEvent> {
  const next = { ...policy, version: department.policy.version + 1 };
  return accept([
    { type: 'department.policy-changed', code: department.code, policy: next, by, at },
  ]);
}
