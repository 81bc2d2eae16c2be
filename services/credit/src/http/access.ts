// Object-level access (ARCHITECTURE.md §5: role and ownership/region, no bypass): an
// enterprise user only its own subject (or its responsible persons); staff only subjects in
// their regions.
import { anyRegionCovers, ForbiddenError, type Principal } from '@yiwang/service-kit';
import { CHECKERS, STAFF } from './roles.js';

/** True when the caller acts as an enterprise (no staff or department role). */
export function isEnterpriseUser(p: Principal): boolean {
  const others: readonly string[] = [...STAFF, ...CHECKERS];
  return !p.roles.some((role) => others.includes(role));
}

/** Throws 403 unless `p` may see the subject with `uscc` in `region`. */
export function assertSubjectAccess(p: Principal, target: { uscc: string; region: string }): void {
  if (isEnterpriseUser(p)) {
    if (p.dept !== target.uscc) throw new ForbiddenError('An enterprise sees only itself.');
    return;
  }
  if (!anyRegionCovers(p.regions, target.region)) {
    throw new ForbiddenError(`The token does not cover region ${target.region}.`);
  }
}

/** Throws 403 unless `p` is staff covering `region`. */
export function assertStaffRegion(p: Principal, region: string): void {
  if (!anyRegionCovers(p.regions, region)) {
    throw new ForbiddenError(`The token does not cover region ${region}.`);
  }
}
