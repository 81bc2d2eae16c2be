import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors/kit-errors.js';
import type { AccessRule, RegionSource } from './auth-types.js';
import type { Principal } from './principal.js';
import { anyRegionCovers } from './region.js';

/**
 * Checks an authenticated principal against a route's rule: at least one required role, and
 * a region covering the one the request concerns. Throws {@link ForbiddenError} (403).
 */
export function authorize(principal: Principal, rule: AccessRule, request: FastifyRequest): void {
  if (rule.roles !== undefined && !rule.roles.some((role) => principal.roles.includes(role))) {
    throw new ForbiddenError(`This route requires one of the roles: ${rule.roles.join(', ')}.`);
  }
  if (rule.region !== undefined) {
    const region = regionOf(rule.region, request);
    if (region === undefined || !anyRegionCovers(principal.regions, region)) {
      throw new ForbiddenError(`The token does not cover region ${region ?? '(none)'}.`);
    }
  }
}

function regionOf(source: RegionSource, request: FastifyRequest): string | undefined {
  if (typeof source === 'function') return source(request);
  const [bag, key] =
    'param' in source ? [request.params, source.param] : [request.query, source.query];
  const value =
    typeof bag === 'object' && bag !== null ? (bag as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
