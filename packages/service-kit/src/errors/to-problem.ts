import type { FastifyError } from 'fastify';
import { isConnectionFailure } from './connection-failure.js';
import { DomainError } from './domain-error.js';
import { domainProblem, type ProblemOrigin, type ProblemResponse } from './domain-problem.js';
import { problemDetails } from './problem.js';
import type { ErrorStatusMap } from './status-map.js';
import { fieldErrors } from './validation-errors.js';

/** Fastify's own 4xx errors, by code. */
const fastifyCodes: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST.TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST.MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST.MALFORMED_JSON',
};

/** Settings of the mapping, taken from `buildServiceApp` options. */
export interface ProblemMapping {
  readonly errorStatus: ErrorStatusMap;
  readonly retryAfterSeconds: number;
  readonly realm: string;
}

/**
 * Maps any thrown value to a problem response, in this order: domain errors (by code),
 * schema validation failures (400 `REQUEST.INVALID` listing each field), unreachable
 * dependencies (503 `SERVICE.UNAVAILABLE` with `Retry-After`), Fastify's 4xx errors (413,
 * 415, ...). Everything else is a 500 `INTERNAL` with a fixed sentence, so stack traces, SQL
 * and library messages never reach a client.
 */
export function toProblem(
  error: unknown,
  origin: ProblemOrigin,
  mapping: ProblemMapping,
): ProblemResponse {
  if (error instanceof DomainError)
    return domainProblem(error, origin, mapping.errorStatus, mapping.realm);
  const fastifyError = error as Partial<FastifyError>;
  if (Array.isArray(fastifyError.validation)) {
    const errors = fieldErrors(fastifyError.validationContext ?? 'body', fastifyError.validation);
    const detail = `The request is invalid: ${errors.length} field(s) failed validation.`;
    const problem = problemDetails({
      ...origin,
      status: 400,
      code: 'REQUEST.INVALID',
      detail,
      extensions: { errors },
    });
    return { problem, headers: {} };
  }
  if (isConnectionFailure(error)) {
    const detail = 'A backing service is temporarily unavailable. Retry later.';
    const problem = problemDetails({ ...origin, status: 503, code: 'SERVICE.UNAVAILABLE', detail });
    return { problem, headers: { 'retry-after': String(mapping.retryAfterSeconds) } };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code =
      fastifyCodes[fastifyError.code ?? ''] ??
      (status === 429 ? 'REQUEST.RATE_LIMITED' : 'REQUEST.REJECTED');
    const problem = problemDetails({
      ...origin,
      status,
      code,
      detail: fastifyError.message ?? 'Bad request',
    });
    return { problem, headers: {} };
  }
  const detail = 'An unexpected error occurred. Quote the traceId when reporting it.';
  return {
    problem: problemDetails({ ...origin, status: 500, code: 'INTERNAL', detail }),
    headers: {},
  };
}
