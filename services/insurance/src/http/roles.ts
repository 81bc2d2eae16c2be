// Roles of bearer tokens the insurance routes check. An insurer (a department of kind
// `insurer` in exchange) carries its own USCC as the token's `dept` claim and manages only its
// own policies; an enterprise user carries its USCC as `dept` and reads only its own records;
// bureau staff act within their regions.
import type { Principal } from '@yiwang/service-kit';

export const INSURER = 'insurer';
export const ENTERPRISE = 'enterprise';
export const STAFF = ['inspector', 'supervisor', 'admin'] as const;
/** Awards and evaluations are the supervising officer's. */
export const SUPERVISORS = ['supervisor', 'admin'] as const;
/** Publishing a rule table. */
export const ADMINS = ['admin'] as const;
/** Everyone who may read (within their own scope). */
export const READERS = [INSURER, ENTERPRISE, ...STAFF] as const;

/** How a caller acts: staff wins over insurer, insurer over enterprise. */
export type Acting = 'staff' | 'insurer' | 'enterprise';

/** The capacity `p` acts in. */
export function actingAs(p: Principal): Acting {
  if (p.roles.some((r) => (STAFF as readonly string[]).includes(r))) return 'staff';
  if (p.roles.includes(INSURER)) return 'insurer';
  return 'enterprise';
}
