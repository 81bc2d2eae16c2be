// What a PUT changes on a known enterprise: only the fields that differ (an unchanged PUT
// records nothing), and the close / reopen transitions.
import type { PutEnterprise } from './decide-enterprise.js';
import type {
  Enterprise,
  EnterpriseChanges,
  EnterpriseEvent,
  EnterpriseProfile,
} from './enterprise.js';

const compared = [
  'name',
  'industry',
  'highRiskCategory',
  'region',
  'township',
  'gridCellId',
  'standardisationLevel',
  'address',
  'employees',
] as const;

/** The events of a PUT on an existing enterprise. */
export function changesOf(current: Enterprise, profile: EnterpriseProfile, cmd: PutEnterprise) {
  const events: EnterpriseEvent[] = [];
  const changes: Record<string, unknown> = {};
  for (const key of compared) {
    if (profile[key] !== undefined && profile[key] !== current[key]) changes[key] = profile[key];
  }
  if ('highRiskCategory' in changes) changes['highRisk'] = profile.highRiskCategory !== 'none';
  if (Object.keys(changes).length > 0) {
    const typed = changes as EnterpriseChanges;
    events.push({ type: 'enterprise.updated', uscc: cmd.uscc, changes: typed, at: cmd.at });
  }
  if (current.status === 'open' && cmd.status === 'closed' && cmd.closure !== undefined) {
    const { reason, closedOn } = cmd.closure;
    events.push({ type: 'enterprise.closed', uscc: cmd.uscc, reason, closedOn, at: cmd.at });
  } else if (current.status === 'closed' && cmd.status === 'open') {
    events.push({ type: 'enterprise.reopened', uscc: cmd.uscc, at: cmd.at });
  }
  return events;
}
