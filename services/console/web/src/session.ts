// The logged-in user as the BFF describes it, and which screens each role gets.
export interface User {
  readonly username: string;
  readonly dept: string;
  readonly roles: readonly string[];
  readonly regions: readonly string[];
}

export interface SessionView {
  readonly user: User;
  readonly csrfToken: string;
}

export const hasRole = (user: User, ...roles: string[]): boolean =>
  user.roles.some((r) => roles.includes(r));

/** The screens of the console and the roles that see them. */
export const SCREENS = [
  { path: '/subscriptions', label: 'navSubscriptions', roles: ['admin'] },
  { path: '/intake', label: 'navIntake', roles: ['operator', 'supervisor'] },
  {
    path: '/cases',
    label: 'navQueue',
    roles: ['operator', 'inspector', 'supervisor', 'custodian'],
  },
  {
    path: '/alarms',
    label: 'navAlarms',
    roles: ['duty', 'inspector', 'supervisor', 'admin', 'enterprise'],
  },
  { path: '/deadlines', label: 'navDeadlines', roles: ['supervisor'] },
] as const;

export const screensFor = (user: User) => SCREENS.filter((s) => hasRole(user, ...s.roles));
