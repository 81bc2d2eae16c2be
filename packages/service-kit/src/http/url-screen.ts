import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error.js';

const NUL = /%00|\0/i;

/**
 * Rejects a request whose path or query carries a NUL character (`%00`) with a 400 problem
 * before any route runs: no parameter accepts one, and PostgreSQL cannot store one in text.
 */
export function installUrlScreen(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (!NUL.test(request.url)) return done();
    done(
      new DomainError(
        'REQUEST.NUL_CHARACTER',
        'The URL contains a NUL character (%00), which no parameter accepts.',
      ),
    );
  });
}
