// Object-level access to a case (ARCHITECTURE.md §5: role and ownership/region, no bypass):
// an enterprise user only its own cases; staff only cases in their regions (lists scope them
// with the kit's `scopeRegions`, which refuses a token without regions).
import { anyRegionCovers, ForbiddenError, type Principal } from '@yiwang/service-kit';
import { STAFF } from './roles.js';

/** True when the caller acts as an enterprise (no staff role). */
export function isEnterpriseUser(p: Principal): boolean {
  return !p.roles.some((role) => (STAFF as readonly string[]).includes(role));
}

/** Throws 403 unless `p` may see and act on a case of `uscc` in `region`. */
export function assertCaseAccess(p: Principal, target: { uscc: string; region: string }): void {
  if (isEnterpriseUser(p)) {
    if (p.dept !== target.uscc) throw new ForbiddenError('An enterprise sees only its own cases.');
    return;
  }
  if (!anyRegionCovers(p.regions, target.region)) {
    throw new ForbiddenError(`The token does not cover region ${target.region}.`);
  }
}
