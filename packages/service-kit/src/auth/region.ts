import { ForbiddenError } from '../errors/kit-errors.js';
import type { Principal } from './principal.js';

const regionCode = /^[0-9]{6}$/;

/**
 * The prefix every code `granted` covers starts with (GB/T 2260 hierarchy): `PP` for a
 * province `PP0000`, `PPCC` for a prefecture-level city `PPCC00`, the whole code for a
 * county or district. `undefined` for anything but 6 digits: such a grant covers nothing.
 * The one rule behind {@link regionCovers} and the SQL filter `inRegions`, so a list and an
 * object-level check can never disagree.
 */
export function coveredPrefix(granted: string): string | undefined {
  if (!regionCode.test(granted)) return undefined;
  if (granted.endsWith('0000')) return granted.slice(0, 2);
  if (granted.endsWith('00')) return granted.slice(0, 4);
  return granted;
}

/**
 * Whether a token's region grants access to `target` (both 6-digit GB/T 2260 codes). A code
 * covers itself and, by the standard's hierarchy, its descendants: a province `PP0000` covers
 * every code starting with `PP`, a prefecture-level city `PPCC00` every code starting with
 * `PPCC` (so 330500 Huzhou covers 330502 Wuxing). A district never covers its city: access
 * flows down the hierarchy, not up.
 */
export function regionCovers(granted: string, target: string): boolean {
  const prefix = coveredPrefix(granted);
  return prefix !== undefined && regionCode.test(target) && target.startsWith(prefix);
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

/**
 * The regions a region-limited read covers: the one the request asks for (403 unless the
 * caller covers it), else all of the caller's. A caller whose token names no region gets 403,
 * never an empty filter that a query could read as "no filter, every region".
 * Only for callers whose role is limited by region; the kit cannot tell which roles those are
 * (an enterprise user is limited by `dept` instead), so a route calls this for them.
 */
export function scopeRegions(principal: Principal, asked?: string): readonly string[] {
  if (asked !== undefined) {
    assertRegionAccess(principal, asked);
    return [asked];
  }
  if (principal.regions.length === 0) throw new ForbiddenError('The token covers no region.');
  return principal.regions;
}
