// The aggregate as the staff view, field by field (never the vault, never the reporter's words).
import type { Static } from '@sinclair/typebox';
import { activeDeadline } from '../domain/deadlines/active-deadline.js';
import type { Report } from '../domain/report/state.js';
import type { ReportView } from './report-view.js';

/** Maps the aggregate to the staff view (explicitly, field by field). */
export function reportView(r: Report): Static<typeof ReportView> {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    channel: r.channel,
    category: r.scope,
    location: r.place,
    enterprise: r.enterprise,
    occurredOn: r.occurredOn,
    attachments: [...r.attachments],
    receivedAt: r.receivedAt,
    receivedBy: r.receivedBy,
    duplicateOf: r.duplicateOf,
    industry: r.industry,
    summaryCode: r.summaryCode,
    staffSummary: r.staffSummary,
    declined: r.declined,
    acceptedAt: r.acceptedAt,
    verifyDueBy: r.verifyDueBy,
    extension: r.extension,
    assignment: r.assignment,
    verification: r.verification,
    outcome: r.outcome,
    feedbackDueBy: r.feedbackDueBy,
    feedbackSentAt: r.feedbackSentAt,
    reward: r.reward,
    deadline: activeDeadline(r),
    closedAt: r.closedAt,
    timeline: [...r.timeline],
  };
}
