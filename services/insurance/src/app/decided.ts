// Turns a domain rejection into the kit's DomainError (mapped to problem+json by code), and
// the not-found errors of the use cases.
import { DomainError } from '@yiwang/service-kit';
import type { Decision } from '../domain/decision.js';

/** The events of an accepted decision; throws the rejection as a DomainError. */
export function decided<E>(decision: Decision<E>): readonly E[] {
  if (decision.ok) return decision.events;
  const { code, detail, extensions } = decision.rejection;
  throw new DomainError(code, detail, extensions === undefined ? {} : { extensions });
}

/** 404 of a policy. */
export function policyNotFound(id: string): DomainError {
  return new DomainError('INSURANCE.POLICY_NOT_FOUND', `No policy ${id}.`);
}

/** 404 of an enterprise the directory projection does not know (yet). */
export function enterpriseNotFound(uscc: string): DomainError {
  return new DomainError(
    'INSURANCE.ENTERPRISE_NOT_FOUND',
    `Enterprise ${uscc} is not in the directory (yet).`,
  );
}
