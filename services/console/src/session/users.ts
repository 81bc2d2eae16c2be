// The staff accounts the console knows: from CONSOLE_USERS, plus the demo accounts of a local
// hub when CONSOLE_DEMO_PASSWORD is set (an explicit flag, never NODE_ENV: STYLE.md rule 8).
import type { Principal } from '@yiwang/service-kit';
import type { Config } from '../config.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** One account: who it is as a token principal, and its password hash. */
export interface StaffUser extends Principal {
  readonly passwordHash: string;
}

/** Looks accounts up and checks passwords. */
export interface UserDirectory {
  /** The principal when username and password match, else undefined (same time either way). */
  authenticate(username: string, password: string): Promise<Principal | undefined>;
}

/** Demo accounts of a local hub: one per screen, two inspectors of different districts. */
const DEMO: readonly Omit<StaffUser, 'passwordHash'>[] = [
  { sub: 'operator', dept: 'bureau', roles: ['operator'], regions: ['330500'] },
  { sub: 'inspector-wuxing', dept: 'bureau', roles: ['inspector'], regions: ['330502'] },
  { sub: 'inspector-deqing', dept: 'bureau', roles: ['inspector'], regions: ['330521'] },
  { sub: 'supervisor', dept: 'bureau', roles: ['supervisor'], regions: ['330500'] },
  { sub: 'custodian', dept: 'bureau', roles: ['custodian'], regions: ['330500'] },
  { sub: 'duty', dept: 'bureau', roles: ['inspector', 'duty'], regions: ['330500'] },
  { sub: 'dept-admin', dept: 'bureau', roles: ['admin'], regions: ['330500'] },
];

/** Parses `username:dept:role+role:region+region:scrypt$…` (validated by the config schema). */
export function parseUserEntry(entry: string): StaffUser {
  const [sub = '', dept = '', roles = '', regions = '', ...hash] = entry.split(':');
  return {
    sub,
    dept,
    roles: roles.split('+').filter(Boolean),
    regions: regions.split('+').filter(Boolean),
    passwordHash: hash.join(':'),
  };
}

/** Builds the directory; demo passwords are hashed once at start. */
export async function makeUserDirectory(config: Config): Promise<UserDirectory> {
  const users = new Map<string, StaffUser>();
  const demoPassword = config.CONSOLE_DEMO_PASSWORD;
  if (demoPassword !== undefined) {
    const passwordHash = await hashPassword(demoPassword);
    for (const user of DEMO) users.set(user.sub, { ...user, passwordHash });
  }
  for (const entry of config.CONSOLE_USERS) {
    const user = parseUserEntry(entry);
    users.set(user.sub, user);
  }
  // Unknown names still cost one scrypt, so response time does not reveal which names exist.
  const decoy = await hashPassword('decoy-password-never-matches');
  return {
    async authenticate(username, password) {
      const user = users.get(username);
      const ok = await verifyPassword(password, user?.passwordHash ?? decoy);
      if (!ok || user === undefined) return undefined;
      return { sub: user.sub, dept: user.dept, roles: user.roles, regions: user.regions };
    },
  };
}
