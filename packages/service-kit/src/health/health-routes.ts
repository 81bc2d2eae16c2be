import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ProblemDetails, problemDetails, sendProblem } from '../errors/problem.js';
import { runReadinessChecks, type ReadinessCheck } from './readiness.js';

/** Whether the app has begun to shut down; set by the app's `preClose` hook. */
export interface ShutdownState {
  readonly shuttingDown: boolean;
}

const Checks = Type.Record(Type.String(), Type.Union([Type.Literal('up'), Type.Literal('down')]));

/**
 * `GET /healthz`: the process is up (liveness; checks nothing else, so a database outage never
 * gets a pod restarted). `GET /readyz`: every dependency answers within `timeoutMs`, and the
 * app is not shutting down; otherwise a 503 problem whose `checks` says which one is down.
 */
export function installHealthRoutes(
  app: FastifyInstance,
  checks: readonly ReadinessCheck[],
  timeoutMs: number,
  state: ShutdownState,
): void {
  const tags = ['operations'];
  app.get(
    '/healthz',
    { schema: { tags, response: { 200: Type.Object({ status: Type.Literal('ok') }) } } },
    () => ({
      status: 'ok' as const,
    }),
  );
  const readySchema = {
    tags,
    response: {
      200: Type.Object({ status: Type.Literal('ready'), checks: Checks }),
      503: ProblemDetails,
    },
  };
  app.get('/readyz', { schema: readySchema }, async (request, reply) => {
    const report = state.shuttingDown ? {} : await runReadinessChecks(checks, timeoutMs);
    const down = Object.keys(report).filter((name) => report[name] === 'down');
    if (!state.shuttingDown && down.length === 0)
      return { status: 'ready' as const, checks: report };
    request.log.warn({ checks: report, shuttingDown: state.shuttingDown }, 'not ready');
    const detail = state.shuttingDown
      ? 'The service is shutting down.'
      : `Unavailable: ${down.join(', ')}.`;
    const problem = problemDetails({
      status: 503,
      code: 'SERVICE.NOT_READY',
      detail,
      instance: '/readyz',
      extensions: { checks: report },
    });
    return sendProblem(reply.header('retry-after', '5'), problem);
  });
}
