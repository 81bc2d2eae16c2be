import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal.js';

/**
 * Where a guard finds the region a request concerns: a route param (`{ param: 'region' }`), a
 * querystring field (`{ query: 'region' }`), or a function for anything else. A function gets
 * the untyped request: TypeScript cannot infer a route's schema types for a hook built
 * outside the route, which is why the declarative forms exist.
 */
export type RegionSource =
  | { readonly param: string }
  | { readonly query: string }
  | ((request: FastifyRequest) => string | undefined);

/** What a route requires of its caller. */
export interface AccessRule {
  /** The caller needs at least one of these roles. Omitted: any authenticated caller. */
  readonly roles?: readonly string[];
  /**
   * The region the request concerns; one of the caller's regions must cover it (see
   * `regionCovers`: 330500 covers 330502). A missing or non-string value denies: fail closed.
   */
  readonly region?: RegionSource;
}

/** `app.auth`: per-route guards for bearer tokens. */
export interface Auth {
  /**
   * A `preHandler` that authenticates the bearer token (401 when absent or invalid) and then
   * checks the rule (403 when the role or region does not match). On success
   * `request.principal` holds the caller. Usage:
   * `{ preHandler: app.auth.require({ roles: ['inspector'], region: { param: 'region' } }) }`.
   */
  readonly require: (rule?: AccessRule) => (request: FastifyRequest) => Promise<void>;
  /** Verifies the request's bearer token, if any, without requiring one. */
  readonly identify: (request: FastifyRequest) => Promise<Principal | undefined>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Bearer-token guards (see `@yiwang/service-kit` README, "Auth"). */
    auth: Auth;
  }
  interface FastifyRequest {
    /** The verified caller, set by `app.auth.require`; `undefined` on anonymous routes. */
    principal: Principal | undefined;
  }
}
