import { context, type Context } from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';

/** The OpenTelemetry context (with the server span) of each in-flight request. */
const contexts = new WeakMap<FastifyRequest, Context>();

/** Remembers the context a request's server span lives in. */
export function setRequestContext(request: FastifyRequest, value: Context): void {
  contexts.set(request, value);
}

/** The request's span context, or the active one when the request is not traced. */
export function requestContext(request: FastifyRequest): Context {
  return contexts.get(request) ?? context.active();
}

/**
 * Runs `fn` inside the request's span context. Fastify hooks that run after body parsing or
 * from socket events lose AsyncLocalStorage context, so every kit hook that logs re-enters it;
 * this is what keeps `trace_id` on every log line of a request.
 */
export function withRequestContext<T>(request: FastifyRequest, fn: () => T): T {
  return context.with(requestContext(request), fn);
}
