import { DomainError, type DomainErrorOptions } from './domain-error.js';

/**
 * No credentials (`reason: 'missing'`) or credentials that failed verification
 * (`reason: 'invalid'`). Answered 401 with a `WWW-Authenticate: Bearer` challenge
 * (RFC 6750 §3); the detail never says which check failed beyond a generic phrase.
 */
export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  /** Whether a token was absent or present but rejected. */
  readonly reason: 'missing' | 'invalid';

  constructor(reason: 'missing' | 'invalid', detail: string, options?: DomainErrorOptions) {
    super('AUTH.UNAUTHENTICATED', detail, options);
    this.reason = reason;
  }
}

/** The caller is authenticated but lacks the role or region a route requires (403). */
export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';

  constructor(detail: string, options?: DomainErrorOptions) {
    super('AUTH.FORBIDDEN', detail, options);
  }
}

/** Thrown by a service to shed load (429); `retryAfterSeconds` becomes `Retry-After`. */
export class TooManyRequestsError extends DomainError {
  override readonly name = 'TooManyRequestsError';

  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
    options?: DomainErrorOptions,
  ) {
    super('REQUEST.RATE_LIMITED', detail, options);
  }
}

/** A dependency is temporarily unavailable (503); `retryAfterSeconds` becomes `Retry-After`. */
export class ServiceUnavailableError extends DomainError {
  override readonly name = 'ServiceUnavailableError';

  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
    options?: DomainErrorOptions,
  ) {
    super('SERVICE.UNAVAILABLE', detail, options);
  }
}

/** A request body the JSON parser refused (malformed, too deep, or a poisoning key): 400. */
export class MalformedBodyError extends DomainError {
  override readonly name = 'MalformedBodyError';
}
