// Sessions are signed JWTs kept in an http-only cookie. They are minted for a console-only
// audience, so a session cookie is never accepted by a service as a bearer token; each proxied
// request gets its own short-lived service token instead (RFC 8725 §3.9: one audience per use).
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  createTokenVerifier,
  mintToken,
  type Principal,
  type TokenVerifier,
} from '@yiwang/service-kit';
import type { Config } from '../config.js';

/** The cookie holding the session. */
export const SESSION_COOKIE = 'yiwang_console';

/** Issues and checks sessions, their CSRF tokens and the services' bearer tokens. */
export interface Sessions {
  /** A session token (the cookie's value) for a user who just logged in. */
  open(principal: Principal): Promise<string>;
  /** The principal of a session token, or undefined when absent, expired or forged. */
  read(token: string | undefined): Promise<Principal | undefined>;
  /** The CSRF token bound to a session (synchronizer token pattern, stateless: an HMAC). */
  csrfToken(session: string): string;
  /** Whether `candidate` is the CSRF token of `session` (constant time). */
  csrfMatches(session: string, candidate: string | undefined): boolean;
  /** A short-lived bearer token for the services, with the user's claims. */
  serviceToken(principal: Principal): Promise<string>;
  readonly ttlSeconds: number;
}

/** Builds the session codec from the JWT settings shared with the services. */
export async function makeSessions(config: Config): Promise<Sessions> {
  const secret = config.JWT_HS256_SECRET;
  if (secret === undefined) throw new Error('JWT_HS256_SECRET is required by the console');
  const sessionAudience = `${config.JWT_AUDIENCE}:console-session`;
  const verifier: TokenVerifier = await createTokenVerifier({
    ...config,
    JWT_AUDIENCE: sessionAudience,
    JWT_EDDSA_PUBLIC_KEYS: undefined,
  });
  const key = { alg: 'HS256' as const, secret };
  const ttlSeconds = config.CONSOLE_SESSION_TTL_MINUTES * 60;
  const csrfToken = (session: string) =>
    createHmac('sha256', secret).update(`csrf:${session}`).digest('base64url');
  return {
    ttlSeconds,
    open: (principal) =>
      mintToken(principal, {
        issuer: config.JWT_ISSUER,
        audience: sessionAudience,
        key,
        ttl: ttlSeconds,
      }),
    async read(token) {
      if (token === undefined || token.length === 0 || token.length > 4096) return undefined;
      return verifier.verify(token).catch(() => undefined);
    },
    csrfToken,
    csrfMatches(session, candidate) {
      if (candidate === undefined) return false;
      const expected = Buffer.from(csrfToken(session));
      const actual = Buffer.from(candidate);
      return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
    serviceToken: (principal) =>
      mintToken(principal, {
        issuer: config.JWT_ISSUER,
        audience: config.JWT_AUDIENCE,
        key,
        ttl: config.CONSOLE_SERVICE_TOKEN_TTL_S,
      }),
  };
}
