// Errors of the Open311 routes in GeoReport v2's own format, not problem+json: "an array of
// errors, each with a code and a description" (wiki.open311.org/GeoReport_v2, "Errors"), the
// code being the HTTP status, as existing 311 clients expect. Statuses are the service's (the
// kit's statusForCode with the same table), headers too (Retry-After on 429 and 503). The
// service's stable code ends the description, so support can still tell errors apart.
import { Type } from '@sinclair/typebox';
import {
  DomainError,
  ServiceUnavailableError,
  TooManyRequestsError,
  isConnectionFailure,
  statusForCode,
  type ServiceApp,
} from '@yiwang/service-kit';
import type { FastifyError, FastifySchemaValidationError } from 'fastify';
import { ERROR_STATUS } from '../error-status.js';
import { Closed } from '../schemas.js';

/** GeoReport v2 error body. */
export const Open311Errors = Type.Array(
  Closed({
    code: Type.Integer({ description: 'The HTTP status' }),
    description: Type.String(),
  }),
  { minItems: 1, description: 'GeoReport v2 errors' },
);

/** Response schemas of the errors an Open311 route answers. */
export const open311ErrorResponses = {
  400: Open311Errors,
  403: Open311Errors,
  404: Open311Errors,
  409: Open311Errors,
  422: Open311Errors,
  429: Open311Errors,
  503: Open311Errors,
};

interface Open311Failure {
  readonly status: number;
  readonly descriptions: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
}

/** Maps anything thrown on an Open311 route; internals never reach the client. */
export function open311Failure(error: unknown): Open311Failure {
  if (error instanceof DomainError) {
    const retry: Record<string, string> =
      error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError
        ? { 'retry-after': String(error.retryAfterSeconds) }
        : {};
    const status = statusForCode(error.code, ERROR_STATUS);
    return { status, descriptions: [`${error.message} (${error.code})`], headers: retry };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (Array.isArray(fastifyError.validation)) {
    const part = fastifyError.validationContext ?? 'body';
    const descriptions = fastifyError.validation.map((v) => fieldMessage(part, v));
    return { status: 400, descriptions, headers: {} };
  }
  if (isConnectionFailure(error)) {
    const descriptions = ['The service is temporarily unavailable; retry later.'];
    return { status: 503, descriptions, headers: { 'retry-after': '5' } };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, descriptions: [fastifyError.message ?? 'Bad request'], headers: {} };
  }
  return { status: 500, descriptions: ['An unexpected error occurred.'], headers: {} };
}

function fieldMessage(part: string, v: FastifySchemaValidationError): string {
  const extra = v.params['missingProperty'] ?? v.params['additionalProperty'];
  const field = `${v.instancePath}${typeof extra === 'string' ? `/${extra}` : ''}`;
  const what =
    v.keyword === 'additionalProperties' ? 'is not allowed' : (v.message ?? 'is invalid');
  return `${part}${field} ${what}`;
}

/** Installs the GeoReport v2 error handler and 404 on the (encapsulated) Open311 scope. */
export function installOpen311Errors(scope: ServiceApp): void {
  scope.setErrorHandler((error, request, reply) => {
    const failure = open311Failure(error);
    if (failure.status >= 500) request.log.error({ err: error }, 'open311 request failed');
    else request.log.info({ status: failure.status }, 'open311 request rejected');
    return reply
      .code(failure.status)
      .headers(failure.headers)
      .type('application/json; charset=utf-8')
      .send(failure.descriptions.map((description) => ({ code: failure.status, description })));
  });
  scope.setNotFoundHandler((_request, reply) =>
    reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send([{ code: 404, description: 'No such Open311 resource; see discovery.json.' }]),
  );
}
