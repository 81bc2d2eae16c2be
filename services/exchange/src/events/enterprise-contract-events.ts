// Enterprise directory events → contract events (part of the one mapping, contract-events.ts).
import { createEvent, exchange, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { EnterpriseEvent } from '../domain/enterprise.js';
import { enterpriseData } from './contract-data.js';
import type { Base } from './envelope-base.js';

/** The CloudEvent of a directory event. */
export function enterpriseEvent(event: EnterpriseEvent, base: Base): CloudEvent {
  switch (event.type) {
    case 'enterprise.registered': {
      const e = event.enterprise;
      const data = enterpriseData(e);
      return createEvent(exchange.enterpriseRegistered, {
        ...base,
        subject: e.uscc,
        time: event.at,
        data,
      });
    }
    case 'enterprise.updated': {
      const data = { uscc: event.uscc, changes: { ...event.changes }, updatedAt: event.at };
      return createEvent(exchange.enterpriseUpdated, {
        ...base,
        subject: event.uscc,
        time: event.at,
        data,
      });
    }
    case 'enterprise.closed': {
      const data = { uscc: event.uscc, reason: event.reason, closedOn: event.closedOn };
      return createEvent(exchange.enterpriseClosed, {
        ...base,
        subject: event.uscc,
        time: event.at,
        data,
      });
    }
    case 'enterprise.reopened': {
      const data = { uscc: event.uscc, reopenedAt: event.at };
      return createEvent(exchange.enterpriseReopened, {
        ...base,
        subject: event.uscc,
        time: event.at,
        data,
      });
    }
    default:
      return assertNever(event);
  }
}
