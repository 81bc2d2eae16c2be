// PUT of an enterprise: register it, or update only what changed, close or reopen it. A PUT
// that changes nothing records nothing (idempotent for retries and re-imports).
import { accept, reject, type Decision } from './decision.js';
import type {
  Enterprise,
  EnterpriseChanges,
  EnterpriseEvent,
  EnterpriseProfile,
} from './enterprise.js';
import type { GridCell } from './grid.js';
import { HIGH_RISK } from './high-risk.js';

/** The command: the desired state of one enterprise. */
export interface PutEnterprise {
  readonly uscc: string;
  readonly profile: Omit<EnterpriseProfile, 'highRiskCategory' | 'township'> & {
    readonly highRiskCategory?: EnterpriseProfile['highRiskCategory'] | undefined;
    readonly township?: string | undefined;
  };
  readonly status: Enterprise['status'];
  readonly closure?: Enterprise['closure'];
  readonly at: string;
}

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

/** Decides the events of a PUT, given the current enterprise and the named grid cell. */
export function decidePutEnterprise(
  current: Enterprise | undefined,
  cmd: PutEnterprise,
  cell: GridCell | undefined,
): Decision<EnterpriseEvent> {
  const p = cmd.profile;
  if (cell === undefined) {
    return reject('EXCHANGE.GRID_CELL_UNKNOWN', `Grid cell ${p.gridCellId} is not registered.`);
  }
  if (cell.region !== p.region) {
    return reject(
      'EXCHANGE.GRID_CELL_REGION_MISMATCH',
      `Grid cell ${cell.id} lies in region ${cell.region}, not ${p.region}.`,
    );
  }
  const township = p.township ?? cell.township;
  if (township !== cell.township) {
    return reject(
      'EXCHANGE.GRID_CELL_REGION_MISMATCH',
      `Grid cell ${cell.id} lies in township ${cell.township}, not ${township}.`,
    );
  }
  const highRiskCategory =
    p.highRiskCategory ??
    (HIGH_RISK.includes(p.industry)
      ? (p.industry as EnterpriseProfile['highRiskCategory'])
      : 'none');
  if (HIGH_RISK.includes(p.industry) && highRiskCategory === 'none') {
    return reject(
      'EXCHANGE.HIGH_RISK_CATEGORY_INCONSISTENT',
      `Industry ${p.industry} is a high-risk industry; its high-risk category cannot be none.`,
    );
  }
  if (cmd.status === 'closed' && cmd.closure === undefined) {
    return reject(
      'EXCHANGE.CLOSURE_REQUIRED',
      'A closed enterprise needs closure reason and date.',
    );
  }
  const profile: EnterpriseProfile = {
    ...p,
    highRiskCategory,
    township,
    address: p.address ?? current?.address,
    employees: p.employees ?? current?.employees,
  };
  if (current === undefined) {
    const enterprise: Enterprise = {
      ...profile,
      uscc: cmd.uscc,
      status: cmd.status,
      closure: cmd.status === 'closed' ? cmd.closure : undefined,
      version: 1,
      registeredAt: cmd.at,
    };
    return accept([{ type: 'enterprise.registered', enterprise, at: cmd.at }]);
  }
  return accept(changesOf(current, profile, cmd));
}

function changesOf(current: Enterprise, profile: EnterpriseProfile, cmd: PutEnterprise) {
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

/** The enterprise after its events (for saving). */
export function evolveEnterprise(
  current: Enterprise | undefined,
  event: EnterpriseEvent,
): Enterprise {
  switch (event.type) {
    case 'enterprise.registered':
      return event.enterprise;
    case 'enterprise.updated': {
      const { highRisk: _derived, ...changes } = event.changes;
      return { ...must(current), ...changes, version: must(current).version + 1 };
    }
    case 'enterprise.closed': {
      const closure = { reason: event.reason, closedOn: event.closedOn };
      return { ...must(current), status: 'closed', closure, version: must(current).version + 1 };
    }
    case 'enterprise.reopened':
      return {
        ...must(current),
        status: 'open',
        closure: undefined,
        version: must(current).version + 1,
      };
    default:
      return assertNeverEvent(event);
  }
}

function must(e: Enterprise | undefined): Enterprise {
  if (e === undefined) throw new Error('event applied to a missing enterprise');
  return e;
}

function assertNeverEvent(event: never): never {
  throw new Error(`unknown enterprise event ${JSON.stringify(event)}`);
}
