// Which console roles may reach which service through the BFF. The services check roles and
// regions themselves on every route; this table is defence in depth, so a session of one
// desk cannot even address another desk's service (ARCHITECTURE §5).
import type { ServiceName } from '../config.js';

const STAFF = ['operator', 'inspector', 'supervisor', 'custodian', 'admin', 'duty'];

export const SERVICE_ROLES: Record<ServiceName, readonly string[]> = {
  complaints: ['operator', 'inspector', 'supervisor', 'custodian'],
  exchange: STAFF,
  hazards: ['inspector', 'supervisor', 'admin'],
  'iot-ingest': ['inspector', 'supervisor', 'admin', 'duty', 'enterprise'],
  credit: ['inspector', 'supervisor', 'admin'],
  permits: ['inspector', 'supervisor', 'admin'],
  insurance: ['inspector', 'supervisor', 'admin'],
};

/** Whether a user with `roles` may call `service` through the console. */
export const mayReach = (service: ServiceName, roles: readonly string[]): boolean =>
  roles.some((role) => SERVICE_ROLES[service].includes(role));
