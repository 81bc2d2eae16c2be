import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { requestContext, setRequestContext } from './request-context.js';

/**
 * Creates one SERVER span per request, continuing the caller's trace from its `traceparent`
 * header (W3C Trace Context), and makes it the active span for hooks and the handler. Span
 * name and attributes follow the OpenTelemetry HTTP semantic conventions; `http.route` is the
 * route template, never the raw URL, so cardinality stays bounded.
 */
export function installHttpTracing(app: FastifyInstance, tracer: Tracer): void {
  const reenter = (request: FastifyRequest, _reply: unknown, done: HookHandlerDoneFunction) => {
    requestContextWith(request, done);
  };

  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      request.method,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': request.method,
          'url.path': request.url.split('?')[0],
          'url.scheme': request.protocol,
          'user_agent.original': request.headers['user-agent'],
        },
      },
      parent,
    );
    setRequestContext(request, trace.setSpan(parent, span));
    requestContextWith(request, done);
  });
  // Body parsing runs in socket callbacks, outside the span's async context: re-enter it once
  // the body is in. Validation, the preHandler hooks and the handler run from this hook's `done`
  // (or from promises made inside it), so they stay in the context without a hook of their own.
  app.addHook('preValidation', reenter);
  app.addHook('onError', (request, _reply, error, done) => {
    trace.getSpan(requestContext(request))?.recordException(error);
    done();
  });

  app.addHook('onResponse', (request, reply, done) => {
    const span = trace.getSpan(requestContext(request));
    if (span !== undefined) {
      const route = request.routeOptions.url;
      if (route !== undefined) {
        span.updateName(`${request.method} ${route}`);
        span.setAttribute('http.route', route);
      }
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
}

/**
 * `context.with` keeps the span active for everything `done` runs synchronously (the next
 * hooks, the handler) and for every promise created there (AsyncLocalStorage propagation).
 */
function requestContextWith(request: FastifyRequest, done: HookHandlerDoneFunction): void {
  context.with(requestContext(request), () => done());
}
