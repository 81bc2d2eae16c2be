// Roles of bearer tokens the iot routes check. Enterprise users carry their USCC as the
// token's `dept` claim (as in hazards): they act on their own gateways, sensors and alarms.
export const ENTERPRISE = 'enterprise';
export const STAFF = ['inspector', 'supervisor', 'admin'] as const;
/** Everyone who may read and handle alarms (within their own scope). */
export const PEOPLE = [ENTERPRISE, ...STAFF] as const;
