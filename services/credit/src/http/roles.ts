// Roles of bearer tokens the credit routes check. Enterprise users carry their USCC as the
// token's `dept` claim (as in hazards); departments carry their exchange department id.

/** An enterprise acting for itself (defence, early-removal application, own status). */
export const ENTERPRISE = 'enterprise';
/** Staff who enter records and propose, notice and decide listings (in their regions). */
export const OFFICERS = ['credit-officer', 'supervisor', 'admin'] as const;
/** Staff who read subjects, records and listings in their regions. */
export const STAFF = ['inspector', ...OFFICERS] as const;
/** Departments checking a subject before they act (banks, insurers, land, procurement …). */
export const CHECKERS = ['credit-checker', ...OFFICERS] as const;
/** Department policies and the check audit log. */
export const ADMINS = ['admin', 'auditor'] as const;
