import type { DomainError } from './domain-error.js';
import {
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './kit-errors.js';
import { problemDetails, type ProblemDetails } from './problem.js';
import { statusForCode, type ErrorStatusMap } from './status-map.js';

/** A problem body plus the response headers that go with it. */
export interface ProblemResponse {
  readonly problem: ProblemDetails;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where and in which trace a problem occurred. */
export interface ProblemOrigin {
  readonly instance: string;
  readonly traceId: string | undefined;
}

/**
 * Maps a {@link DomainError} to its problem: status from the code (see `statusForCode`),
 * the error's message as `detail`, its extensions as extension members, plus the headers the
 * kit's own errors need: `WWW-Authenticate` on 401 (RFC 6750 §3; `invalid_token` only when a
 * token was sent) and `Retry-After` on 429/503.
 */
export function domainProblem(
  error: DomainError,
  origin: ProblemOrigin,
  errorStatus: ErrorStatusMap,
  realm: string,
): ProblemResponse {
  const headers: Record<string, string> = {};
  if (error instanceof UnauthenticatedError) {
    headers['www-authenticate'] =
      error.reason === 'missing'
        ? `Bearer realm="${realm}"`
        : `Bearer realm="${realm}", error="invalid_token"`;
  }
  if (error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError) {
    headers['retry-after'] = String(error.retryAfterSeconds);
  }
  const problem = problemDetails({
    ...origin,
    status: statusForCode(error.code, errorStatus),
    code: error.code,
    detail: error.message,
    title: error.title,
    extensions: error.extensions,
  });
  return { problem, headers };
}
