// Turns a domain rejection into the kit's DomainError (mapped to problem+json by code).
import { DomainError } from '@yiwang/service-kit';
import type { Decision } from '../domain/decision.js';

/** The events of an accepted decision; throws the rejection as a DomainError. */
export function decided<E>(decision: Decision<E>): readonly E[] {
  if (decision.ok) return decision.events;
  const { code, detail, extensions } = decision.rejection;
  throw new DomainError(code, detail, extensions === undefined ? {} : { extensions });
}

/** 404 of a listing case. */
export function listingNotFound(id: string): DomainError {
  return new DomainError('CREDIT.LISTING_NOT_FOUND', `No listing case ${id}.`);
}

/** 404 of a subject. */
export function subjectNotFound(id: string): DomainError {
  return new DomainError('CREDIT.SUBJECT_NOT_FOUND', `No credit subject ${id}.`);
}
