// The one place where the exchange's domain events become contract events (STYLE.md rule 3).
import { createEvent, exchange, type CloudEvent } from '@yiwang/contracts';
import type { Causation } from '@yiwang/bus';
import type { DepartmentEvent } from '../domain/department.js';
import type { EnterpriseEvent } from '../domain/enterprise.js';
import type { TaskEvent } from '../domain/grid.js';
import type { ReportEvent } from '../domain/grid-report.js';
import { assertNever } from '../domain/decision.js';
import { policyChangedData, registeredData } from './contract-data.js';
import { enterpriseEvent } from './enterprise-contract-events.js';
import { reportEvent } from './report-contract-events.js';
import { taskEvent } from './task-contract-events.js';

/** Every domain event the exchange publishes. */
export type ExchangeEvent = EnterpriseEvent | TaskEvent | DepartmentEvent | ReportEvent;

/** Envelope facts that are not in the domain event. */
export interface EnvelopeFacts {
  readonly id: string;
  /** The aggregate's version after the event. */
  readonly sequence: number;
  readonly region: string;
  readonly enterprise?: string | undefined;
  readonly causation?: Causation | undefined;
}

/** Builds the validated CloudEvent of a domain event. */
export function toContractEvent(event: ExchangeEvent, facts: EnvelopeFacts): CloudEvent {
  const base = {
    id: facts.id,
    sequence: facts.sequence,
    region: facts.region,
    ...(facts.enterprise === undefined ? {} : { enterprise: facts.enterprise }),
    ...facts.causation,
  };
  switch (event.type) {
    case 'enterprise.registered':
    case 'enterprise.updated':
    case 'enterprise.closed':
    case 'enterprise.reopened':
      return enterpriseEvent(event, base);
    case 'department.registered':
      return createEvent(exchange.departmentRegistered, {
        ...base,
        subject: event.department.code,
        time: event.department.registeredAt,
        data: registeredData(event.department),
      });
    case 'department.policy-changed':
      return createEvent(exchange.departmentPolicyChanged, {
        ...base,
        subject: event.code,
        time: event.at,
        data: policyChangedData(event),
      });
    case 'gridtask.dispatched':
    case 'gridtask.updated':
    case 'gridtask.closed':
    case 'gridtask.evaluated':
    case 'gridtask.overdue':
      return taskEvent(event, base);
    case 'gridreport.received':
    case 'gridreport.accepted':
    case 'gridreport.invalidated':
      return reportEvent(event, base);
    default:
      return assertNever(event);
  }
}
