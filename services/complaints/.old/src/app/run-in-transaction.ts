// One transaction per use case, and the one place where a domain RuleViolation becomes the
// kit's DomainError (a stable code the error handler maps to problem+json).
import { DomainError } from '@yiwang/service-kit';
import { RuleViolation } from '../domain/errors.js';
import type { Tx } from '../db/report-store.js';
import type { Deps } from '../deps.js';

/** Runs `work` in a transaction; rule violations roll it back and surface with their code. */
export async function inTransaction<T>(
  deps: Pick<Deps, 'database'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await deps.database.db.transaction(work);
  } catch (error) {
    throw asDomainError(error);
  }
}

/** A RuleViolation as the kit's DomainError; anything else unchanged. */
export function asDomainError(error: unknown): unknown {
  return error instanceof RuleViolation
    ? new DomainError(error.code, error.message, { extensions: error.extensions })
    : error;
}

/** The report does not exist, or the caller may not know that it does. */
export function reportNotFound(id: string): DomainError {
  return new DomainError('COMPLAINTS.REPORT_NOT_FOUND', `No report ${id}.`);
}
