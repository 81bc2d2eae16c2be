// Object-level access (ARCHITECTURE.md §5: role and ownership/region, no bypass): an
// enterprise user only what belongs to its USCC; staff only what lies in their regions.
import { anyRegionCovers, ForbiddenError, scopeRegions, type Principal } from '@yiwang/service-kit';
import { STAFF } from './roles.js';

/** True when the caller acts as an enterprise (no staff role). */
export function isEnterpriseUser(p: Principal): boolean {
  return !p.roles.some((role) => (STAFF as readonly string[]).includes(role));
}

/** Throws 403 unless `p` may see and act on something of `uscc` in `region`. */
export function assertAccess(p: Principal, target: { uscc: string; region: string }): void {
  if (isEnterpriseUser(p)) {
    if (p.dept !== target.uscc) throw new ForbiddenError('An enterprise sees only its own data.');
    return;
  }
  if (!anyRegionCovers(p.regions, target.region)) {
    throw new ForbiddenError(`The token does not cover region ${target.region}.`);
  }
}

/** What a list shows: rows of one enterprise, and/or rows within some regions. */
export interface ListScope {
  readonly uscc?: string;
  readonly regions?: readonly string[];
}

/**
 * The scope of a list (alarms, sensors) for `p` asking for `uscc`/`region`: an enterprise user
 * lists its own rows (another USCC is 403), staff the rows in their regions (a region they do
 * not cover is 403, and so is a token without regions), narrowed by what was asked.
 */
export function listScope(p: Principal, q: { uscc?: string; region?: string }): ListScope {
  if (isEnterpriseUser(p)) {
    if (q.uscc !== undefined && q.uscc !== p.dept) {
      throw new ForbiddenError('An enterprise sees only its own data.');
    }
    return { uscc: p.dept, ...(q.region === undefined ? {} : { regions: [q.region] }) };
  }
  return { regions: scopeRegions(p, q.region), ...(q.uscc === undefined ? {} : { uscc: q.uscc }) };
}
