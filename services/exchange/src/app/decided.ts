// Turns a domain rejection into the kit's DomainError (mapped to problem+json by code).
import { DomainError } from '@yiwang/service-kit';
import type { Decision, Rejection } from '../domain/decision.js';

/** The events of an accepted decision; throws the rejection as a DomainError. */
export function decided<E>(decision: Decision<E>): readonly E[] {
  if (decision.ok) return decision.events;
  throw rejected(decision.rejection);
}

/** A rejection as the DomainError to throw. */
export function rejected({ code, detail, extensions }: Rejection): DomainError {
  return new DomainError(code, detail, extensions === undefined ? {} : { extensions });
}

/** A 404 of the exchange. */
export function notFound(what: string, id: string): DomainError {
  const code = `EXCHANGE.${what.toUpperCase().replaceAll(' ', '_')}_NOT_FOUND`;
  return new DomainError(code, `No ${what} ${id}.`);
}
