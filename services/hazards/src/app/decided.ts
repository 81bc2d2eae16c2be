// Turns a domain rejection into the kit's DomainError (mapped to problem+json by code).
import { DomainError } from '@yiwang/service-kit';
import type { Decision } from '../domain/decision.js';

/** The events of an accepted decision; throws the rejection as a DomainError. */
export function decided<E>(decision: Decision<E>): readonly E[] {
  if (decision.ok) return decision.events;
  const { code, detail, extensions } = decision.rejection;
  throw new DomainError(code, detail, extensions === undefined ? {} : { extensions });
}

/** 404 of a hazard case. */
export function hazardNotFound(id: string): DomainError {
  return new DomainError('HAZARDS.HAZARD_NOT_FOUND', `No hazard case ${id}.`);
}
