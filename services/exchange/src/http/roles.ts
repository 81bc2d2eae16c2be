// Roles of bearer tokens that the exchange's routes check (README "Auth").

/** Departments, policies, subscriptions, deliveries, NATS config. */
export const ADMIN = ['admin'] as const;
/** Writes to the enterprise directory. */
export const DIRECTORY_WRITERS = ['directory-clerk', 'admin'] as const;
/** Grid reports and task updates. */
export const GRID_ROLES = ['grid-worker', 'grid-centre'] as const;
/** Grid cells (reference data). */
export const GRID_ADMINS = ['grid-centre', 'admin'] as const;
