import { isSpanContextValid, trace } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requestContext, withRequestContext } from '../telemetry/request-context.js';
import { problemDetails, sendProblem } from './problem.js';
import { toProblem, type ProblemMapping } from './to-problem.js';

/**
 * Installs the one error handler of a service (STYLE.md rule 6) and a problem+json 404 for
 * unknown routes. 5xx are logged at `error` with the stack and the trace id; 4xx at `info`
 * with their code only, since they are the client's doing.
 */
export function installErrorHandling(app: FastifyInstance, mapping: ProblemMapping): void {
  app.setErrorHandler((error, request, reply) => {
    const origin = { instance: pathOf(request), traceId: traceIdOf(request) };
    const { problem, headers } = toProblem(error, origin, mapping);
    withRequestContext(request, () => {
      if (problem.status >= 500) {
        request.log.error({ err: error, code: problem.code }, 'request failed');
      } else {
        request.log.info({ code: problem.code, status: problem.status }, 'request rejected');
      }
    });
    return sendProblem(reply.headers(headers), problem);
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = problemDetails({
      status: 404,
      code: 'ROUTE.NOT_FOUND',
      detail: `No route matches ${request.method} ${pathOf(request)}.`,
      instance: pathOf(request),
      traceId: traceIdOf(request),
    });
    return sendProblem(reply, problem);
  });
}

/** The request's trace id, for problem bodies and support tickets. */
export function traceIdOf(request: FastifyRequest): string | undefined {
  const spanContext = trace.getSpan(requestContext(request))?.spanContext();
  return spanContext !== undefined && isSpanContextValid(spanContext)
    ? spanContext.traceId
    : undefined;
}

/** The request path without its query string (which may hold personal data). */
function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/';
}
