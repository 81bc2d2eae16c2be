import { ForbiddenError } from '../errors/kit-errors.js';
import type { Principal } from './principal.js';

const regionCode = /^[0-9]{6}$/;

/**
 * Whether a token's region grants access to `target` (both 6-digit GB/T 2260 codes). A code
 * covers itself and, by the standard's hierarchy, its descendants: a province `PP0000` covers
 * every code starting with `PP`, a prefecture-level city `PPCC00` every code starting with
 * `PPCC` (so 330500 Huzhou covers 330502 Wuxing). A district never covers its city: access
 * flows down the hierarchy, not up.
 */
export function regionCovers(granted: string, target: string): boolean {
  if (!regionCode.test(granted) || !regionCode.test(target)) return false;
  if (granted === target) return true;
  if (granted.endsWith('0000')) return target.startsWith(granted.slice(0, 2));
  if (granted.endsWith('00')) return target.startsWith(granted.slice(0, 4));
  return false;
}

/** Whether any of a principal's regions covers `target`. */
export function anyRegionCovers(granted: readonly string[], target: string): boolean {
  return granted.some((region) => regionCovers(region, target));
}

/**
 * Object-level check for handlers: throws {@link ForbiddenError} (403) unless the caller's
 * regions cover the region of the object just loaded (ARCHITECTURE §5: no object-level
 * bypass; a route guard only sees the URL).
 */
export function assertRegionAccess(principal: Principal, region: string): void {
  if (!anyRegionCovers(principal.regions, region)) {
    throw new ForbiddenError(`The token does not cover region ${region}.`);
  }
}
