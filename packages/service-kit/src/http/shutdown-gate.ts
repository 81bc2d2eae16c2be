import type { FastifyInstance } from 'fastify';
import { problemDetails, sendProblem } from '../errors/problem.js';

/** Mutable shutdown flag shared by the gate and `/readyz`. */
export interface ShutdownFlag {
  shuttingDown: boolean;
}

/**
 * Once `app.close()` begins (`preClose`), the listener stops accepting connections and
 * in-flight requests finish, each closing its connection afterwards; a new request on an already open keep-alive connection gets a
 * 503 problem with `Connection: close` so the client retries elsewhere. This replaces
 * Fastify's `return503OnClosing`, whose body is not problem+json.
 */
export function installShutdownGate(app: FastifyInstance, flag: ShutdownFlag): void {
  app.addHook('preClose', (done) => {
    flag.shuttingDown = true;
    done();
  });
  // In-flight responses finished during shutdown close their keep-alive connection, or
  // app.close() would wait for the keep-alive timeout.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (flag.shuttingDown) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (!flag.shuttingDown) {
      done();
      return;
    }
    const problem = problemDetails({
      status: 503,
      code: 'SERVICE.UNAVAILABLE',
      detail: 'The service is shutting down. Retry on another instance.',
      instance: request.url.split('?')[0] ?? '/',
    });
    void sendProblem(reply.header('connection', 'close').header('retry-after', '1'), problem);
  });
}
