// Validates a policy from a request against the catalog (unknown types or fields, restricted
// types, malformed patterns) and turns problems into one 422 EXCHANGE.POLICY_INVALID.
import { DomainError } from '@yiwang/service-kit';
import type { SharingPolicy } from '../domain/policy.js';
import { policyProblems } from '../domain/policy-validation.js';
import { describeType } from './catalog-types.js';

/** A policy as a request gives it. */
export type PolicyInput = Omit<SharingPolicy, 'version'>;

/** Checks a policy; throws EXCHANGE.POLICY_INVALID listing every problem. */
export function checkPolicy(policy: PolicyInput, base = '/policy'): PolicyInput {
  const problems = policyProblems(policy.rules, describeType, `${base}/rules`);
  if (new Set(policy.regions).size !== policy.regions.length) {
    problems.push({ pointer: `${base}/regions`, message: 'regions must be unique' });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'EXCHANGE.POLICY_INVALID',
      `The sharing policy has ${problems.length} problem(s).`,
      { extensions: { errors: problems } },
    );
  }
  return policy;
}
