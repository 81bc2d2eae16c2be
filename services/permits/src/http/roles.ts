// Roles of bearer tokens the permits routes check. Enterprise users carry their USCC as the
// token's `dept` claim (as in every service), so an enterprise acts only on its own
// applications and licences.
export const ENTERPRISE = 'enterprise';
/** Bureau staff handling applications (screening, review, inspection). */
export const STAFF = ['reviewer', 'inspector', 'supervisor', 'admin'] as const;
/** Decisions, suspensions, reinstatements and revocations are the supervising officer's. */
export const DECIDERS = ['supervisor', 'admin'] as const;
/** Everyone who may read (within their own scope). */
export const READERS = [ENTERPRISE, ...STAFF] as const;
