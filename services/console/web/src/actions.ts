// Which case-work actions a user gets on a report: by role and by the report's stage (the
// role table of complaints' routes, README "Routes"; the stages of DOMAIN.md "Complaints").
// The service checks again; the console only hides what would be refused.
import { hasRole, type User } from './session';

export type Action =
  'triage' | 'accept' | 'decline' | 'assign' | 'extension' | 'verification' | 'feedback' | 'close';

/** Who may do what, and at which stage (complaints README "Routes"; DOMAIN.md "Complaints"). */
const ACTIONS: Record<Action, { roles: string[]; when: string[] }> = {
  triage: { roles: ['operator', 'supervisor', 'custodian'], when: ['received'] },
  accept: { roles: ['operator', 'supervisor'], when: ['triaged'] },
  decline: { roles: ['operator', 'supervisor'], when: ['received', 'triaged'] },
  assign: { roles: ['operator', 'supervisor'], when: ['accepted'] },
  extension: { roles: ['supervisor'], when: ['accepted', 'assigned'] },
  verification: { roles: ['inspector', 'supervisor'], when: ['assigned'] },
  feedback: { roles: ['operator', 'supervisor'], when: ['unsubstantiated', 'handled'] },
  close: {
    roles: ['operator', 'supervisor'],
    when: ['not-accepted', 'feedback-sent', 'reward-claimed', 'reward-forfeited'],
  },
};

export const allowedActions = (
  user: User,
  report: { status: string; extension?: unknown },
): Action[] =>
  (Object.keys(ACTIONS) as Action[]).filter(
    (a) =>
      hasRole(user, ...ACTIONS[a].roles) &&
      ACTIONS[a].when.includes(report.status) &&
      !(a === 'extension' && report.extension !== undefined),
  );
