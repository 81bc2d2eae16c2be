// Who is calling: the session cookie, checked on every /api route that needs a user, and the
// CSRF token on every unsafe method (OWASP CSRF cheat sheet: synchronizer token + Origin check).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, UnauthenticatedError, type Principal } from '@yiwang/service-kit';
import { SESSION_COOKIE, type Sessions } from '../session/sessions.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session of a request: its cookie value and principal. */
export interface Session {
  readonly token: string;
  readonly principal: Principal;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | undefined;
  }
}

/** The cookie value of the session, if any. */
export const sessionCookie = (request: FastifyRequest): string | undefined =>
  request.cookies[SESSION_COOKIE];

/**
 * A preHandler: 401 without a valid session, 403 on an unsafe method without the session's
 * CSRF token or from another site.
 */
export function requireSession(sessions: Sessions) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const token = sessionCookie(request);
    const principal = await sessions.read(token);
    if (token === undefined || principal === undefined) {
      throw new UnauthenticatedError('missing', 'Log in first (no valid session).');
    }
    if (!SAFE_METHODS.has(request.method)) {
      assertSameSite(request);
      const header = request.headers['x-csrf-token'];
      if (!sessions.csrfMatches(token, typeof header === 'string' ? header : undefined)) {
        throw new ForbiddenError(
          'The X-CSRF-Token header is missing or does not match the session.',
        );
      }
    }
    request.session = { token, principal };
  };
}

/** Browsers send Sec-Fetch-Site / Origin; a cross-site write is refused even with a token. */
export function assertSameSite(request: FastifyRequest): void {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new ForbiddenError('Cross-site requests are refused.');
  }
  const origin = request.headers.origin;
  const host = request.headers.host;
  if (origin !== undefined && host !== undefined && hostOf(origin) !== host) {
    throw new ForbiddenError('Cross-origin requests are refused.');
  }
}

/** The principal of a guarded request. */
export function sessionOf(request: FastifyRequest): Session {
  if (request.session === undefined) throw new UnauthenticatedError('missing', 'Log in first.');
  return request.session;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
