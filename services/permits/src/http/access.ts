// Object-level access (ARCHITECTURE.md §5: role and ownership/region, no bypass): an
// enterprise user only its own applications and licences; staff only those in their regions.
import { anyRegionCovers, ForbiddenError, type Principal } from '@yiwang/service-kit';
import { STAFF } from './roles.js';

/** True when the caller acts as an enterprise (no staff role). */
export function isEnterpriseUser(p: Principal): boolean {
  return !p.roles.some((role) => (STAFF as readonly string[]).includes(role));
}

/** Throws 403 unless `p` may see and act on an object of `uscc` in `region`. */
export function assertAccess(p: Principal, target: { uscc: string; region: string }): void {
  if (isEnterpriseUser(p)) {
    if (p.dept !== target.uscc)
      throw new ForbiddenError('An enterprise sees only its own records.');
    return;
  }
  if (!anyRegionCovers(p.regions, target.region)) {
    throw new ForbiddenError(`The token does not cover region ${target.region}.`);
  }
}

/** Throws 403 unless `p` is staff covering `region` (staff-only steps). */
export function assertStaffAccess(p: Principal, target: { uscc: string; region: string }): void {
  if (isEnterpriseUser(p)) throw new ForbiddenError('Only bureau staff may take this step.');
  assertAccess(p, target);
}
