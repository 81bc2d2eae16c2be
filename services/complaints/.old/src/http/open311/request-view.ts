// A report as an Open311 service request: status open/closed with status_notes; never the
// reporter's fields, the reporter's words or the place (a whistleblower's report is not a
// public pothole).
import { Type } from '@sinclair/typebox';
import type { Report } from '../../domain/report/state.js';
import { Closed } from '../schemas.js';
import { publicStatus } from '../tracking-view.js';
import { OPEN311_SERVICES } from './services.js';

const NOTES: Record<ReturnType<typeof publicStatus>, string> = {
  received: 'Received; awaiting acceptance.',
  'not-accepted': 'Not accepted (out of scope, transferred or a duplicate).',
  verifying: 'Accepted; verification under way.',
  substantiated: 'Verified and substantiated; being handled.',
  unsubstantiated: 'Verified; not substantiated.',
  handled: 'Handled by the bureau.',
  'feedback-sent': 'The reporter has been told the result.',
  'reward-decided': 'A reward decision was made.',
  'reward-claimed': 'Done.',
  'reward-forfeited': 'Done.',
  closed: 'Closed.',
};

export const Open311Request = Closed({
  service_request_id: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  status_notes: Type.String(),
  service_name: Type.String(),
  service_code: Type.String(),
  agency_responsible: Type.String(),
  requested_datetime: Type.String(),
  updated_datetime: Type.String(),
  expected_datetime: Type.Optional(Type.String()),
});

export function open311Request(r: Report) {
  const status = publicStatus(r.status);
  return {
    service_request_id: r.id,
    status:
      r.status === 'closed' || r.status === 'not-accepted'
        ? ('closed' as const)
        : ('open' as const),
    status_notes: NOTES[status],
    service_name: OPEN311_SERVICES.find((s) => s.service_code === r.scope)?.service_name ?? r.scope,
    service_code: r.scope,
    agency_responsible: '12350',
    requested_datetime: r.receivedAt,
    updated_datetime: r.timeline.at(-1)?.at ?? r.receivedAt,
    ...(r.verifyDueBy === undefined || r.verification !== undefined
      ? {}
      : { expected_datetime: `${r.verifyDueBy}T23:59:59+08:00` }),
  };
}
