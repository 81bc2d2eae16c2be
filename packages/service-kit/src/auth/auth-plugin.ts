import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../errors/kit-errors.js';
import type { Auth } from './auth-types.js';
import { authorize } from './authorize.js';
import type { Principal } from './principal.js';
import type { TokenVerifier } from './token-verifier.js';

/** Decorates `app.auth` and `request.principal`. */
export function installAuth(app: FastifyInstance, verifier: TokenVerifier): void {
  app.decorateRequest('principal', undefined);
  const identify = async (request: FastifyRequest): Promise<Principal | undefined> => {
    const header = request.headers.authorization;
    if (header === undefined) return undefined;
    const match = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)\s*$/i.exec(header);
    if (match?.[1] === undefined) {
      throw new UnauthenticatedError('invalid', 'The Authorization header is not a Bearer token.');
    }
    return verifier.verify(match[1]);
  };
  const auth: Auth = {
    identify,
    require:
      (rule = {}) =>
      async (request) => {
        const principal = await identify(request);
        if (principal === undefined) {
          throw new UnauthenticatedError('missing', 'This route requires a bearer token.');
        }
        request.principal = principal;
        authorize(principal, rule, request);
      },
  };
  app.decorate('auth', auth);
}

/** The caller of a guarded route; throws 401 when the route forgot its guard. */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === undefined) {
    throw new UnauthenticatedError('missing', 'This route requires a bearer token.');
  }
  return request.principal;
}
