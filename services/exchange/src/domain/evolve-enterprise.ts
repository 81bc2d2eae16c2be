// An enterprise after its events (for saving).
import type { Enterprise, EnterpriseEvent } from './enterprise.js';

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
