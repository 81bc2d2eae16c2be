// Object-level access (ARCHITECTURE.md §5: role and ownership/region, no bypass): an insurer
// reads and changes only its own policies, in its regions; an enterprise reads only its own;
// staff read within their regions.
import { anyRegionCovers, ForbiddenError, type Principal } from '@yiwang/service-kit';
import type { Policy } from '../domain/policy.js';
import { actingAs } from './roles.js';

function regionOk(p: Principal, region: string): void {
  if (!anyRegionCovers(p.regions, region)) {
    throw new ForbiddenError(`The token does not cover region ${region}.`);
  }
}

/** Throws 403 unless `p` may read records of `target`. */
export function assertReadAccess(
  p: Principal,
  target: { uscc: string; region: string; insurer?: string },
): void {
  switch (actingAs(p)) {
    case 'staff':
      return regionOk(p, target.region);
    case 'insurer':
      if (target.insurer !== undefined && target.insurer !== p.dept) {
        throw new ForbiddenError('An insurer sees only its own policies.');
      }
      return regionOk(p, target.region);
    case 'enterprise':
      if (p.dept !== target.uscc)
        throw new ForbiddenError('An enterprise sees only its own records.');
      return;
  }
}

/** Throws 403 unless `p` is the policy's insurer, acting in the policy's region. */
export function assertInsurerOf(p: Principal, policy: Pick<Policy, 'insurer' | 'region'>): void {
  if (actingAs(p) !== 'insurer' || p.dept !== policy.insurer) {
    throw new ForbiddenError('Only the policy’s insurer manages it.');
  }
  regionOk(p, policy.region);
}
