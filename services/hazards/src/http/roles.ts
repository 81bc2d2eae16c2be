// Roles of bearer tokens the hazards routes check, and who may move a case along.
// Enterprise users carry their USCC as the token's `dept` claim (the kit's verified claims are
// sub/dept/roles/regions; an extra `uscc` claim would not be verified), so an enterprise
// user acts only on cases whose USCC equals `dept`.
import type { TransitionName } from './schemas/hazard.js';

export const ENTERPRISE = 'enterprise';
export const STAFF = ['inspector', 'supervisor', 'admin'] as const;
/** Listing (挂牌督办) and extension decisions are the supervising officer's. */
export const SUPERVISORS = ['supervisor', 'admin'] as const;
/** Everyone who may read cases (within their own scope). */
export const READERS = [ENTERPRISE, ...STAFF] as const;

/** The roles allowed to issue each transition. */
export const TRANSITION_ROLES: Record<TransitionName, readonly string[]> = {
  grade: STAFF,
  'double-report': [ENTERPRISE, ...STAFF],
  'submit-plan': [ENTERPRISE, ...STAFF],
  'order-stop': STAFF,
  list: SUPERVISORS,
  'start-rectification': [ENTERPRISE, ...STAFF],
  'request-extension': [ENTERPRISE],
  'decide-extension': SUPERVISORS,
  rectify: [ENTERPRISE, ...STAFF],
  recheck: STAFF,
  assess: [ENTERPRISE, ...STAFF],
  'apply-resumption': [ENTERPRISE],
  review: STAFF,
  close: STAFF,
  // Enforcement needs the approval of the department's head (安全生产法 art. 70).
  'order-enforcement': SUPERVISORS,
  'lift-enforcement': SUPERVISORS,
};
