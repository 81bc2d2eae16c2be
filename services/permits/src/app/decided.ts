// Turns a domain rejection into the kit's DomainError (mapped to problem+json by code), and
// the not-found errors of the service.
import { DomainError } from '@yiwang/service-kit';
import type { Decision } from '../domain/decision.js';

/** The events of an accepted decision; throws the rejection as a DomainError. */
export function decided<E>(decision: Decision<E>): readonly E[] {
  if (decision.ok) return decision.events;
  const { code, detail, extensions } = decision.rejection;
  throw new DomainError(code, detail, extensions === undefined ? {} : { extensions });
}

/** 404 of an application. */
export function applicationNotFound(id: string): DomainError {
  return new DomainError('PERMITS.APPLICATION_NOT_FOUND', `No application ${id}.`);
}

/** 404 of a licence. */
export function licenceNotFound(id: string): DomainError {
  return new DomainError('PERMITS.LICENCE_NOT_FOUND', `No licence ${id}.`);
}
