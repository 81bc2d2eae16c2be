// Intake (受理前登记): a new report from any channel. Employees reporting their own employer must
// give a real name (DOMAIN.md "Complaints"); an anonymous employee report is refused.
import { addWorkingDays } from '@yiwang/contracts';
import { dateOf } from '../calendar.js';
import { RuleViolation } from '../errors.js';
import type { DeadlinePolicy } from '../policy.js';
import type { ReportEvent } from './events.js';
import type { Report } from './state.js';
import type { Attachment, Channel, Place, Scope } from './types.js';

export interface ReceiveReport {
  readonly id: string;
  readonly channel: Channel;
  readonly scope: Scope;
  readonly place: Place;
  readonly enterprise: { readonly uscc?: string | undefined; readonly name?: string | undefined };
  readonly occurredOn?: string | undefined;
  readonly attachments: readonly Attachment[];
  /** Whether a reporter identity is given (it goes to the vault, not here). */
  readonly named: boolean;
  readonly employee: boolean;
  readonly at: string;
  /** The operator who took the report; absent for public self-service intake. */
  readonly by?: string | undefined;
  readonly deadlines: DeadlinePolicy;
}

/**
 * The last reply due date computed per policy. Every intake of a day has the same one, and
 * walking the holiday calendar costs more than the rest of `receiveReport` (bench/complaints).
 */
const lastReplyDue = new WeakMap<DeadlinePolicy, { readonly date: string; readonly due: string }>();

/** *local*: the reporter is answered within N working days of receipt (DOMAIN.md). */
export function replyDueBy(receivedAt: string, deadlines: DeadlinePolicy): string {
  const date = dateOf(receivedAt);
  const last = lastReplyDue.get(deadlines);
  if (last?.date === date) return last.due;
  const due = addWorkingDays(date, deadlines.replyWorkingDays, deadlines.calendar);
  lastReplyDue.set(deadlines, { date, due });
  return due;
}

/** Decides the intake of a report. */
export function receiveReport(command: ReceiveReport): ReportEvent[] {
  if (command.employee && !command.named) {
    throw new RuleViolation(
      'COMPLAINTS.EMPLOYEE_MUST_GIVE_NAME',
      'An employee reporting their own employer must give a real name (it stays sealed); anonymous reports by employees are not accepted.',
    );
  }
  if (command.enterprise.uscc === undefined && command.enterprise.name === undefined) {
    throw new RuleViolation(
      'COMPLAINTS.ENTERPRISE_REQUIRED',
      'Say which enterprise the report is about: its unified social credit code and/or its name.',
    );
  }
  const report: Report = {
    id: command.id,
    version: 1,
    status: 'received',
    channel: command.channel,
    scope: command.scope,
    place: command.place,
    enterprise: command.enterprise,
    occurredOn: command.occurredOn,
    attachments: command.attachments,
    receivedAt: command.at,
    receivedBy: command.by,
    realName: command.named,
    employee: command.employee,
    replyDueBy: replyDueBy(command.at, command.deadlines),
    reward: { status: 'none' },
    notices: [],
    timeline: [{ status: 'received', at: command.at }],
  };
  return [{ type: 'report.received', report }];
}
