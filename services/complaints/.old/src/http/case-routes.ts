// Triage, acceptance or not, assignment: the intake desk's actions.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { acceptReport } from '../app/accept-report.js';
import { assignReport } from '../app/assign-report.js';
import { declineReport } from '../app/decline-report.js';
import { triageReport } from '../app/triage-report.js';
import { caseAction } from './case-action.js';
import type { HttpContext } from './context.js';
import {
  Closed,
  DeclineReason,
  Id,
  Industry,
  ROLES,
  Scope,
  StaffText,
  SummaryCode,
} from './schemas.js';

export function caseRoutes(app: ServiceApp, { deps }: HttpContext): void {
  caseAction(app, {
    name: 'triage',
    summary: 'Triage: scope, summary code, industry and a staff-written summary',
    roles: [...ROLES.intakeDesk, 'custodian'],
    body: Closed({
      category: Scope,
      summaryCode: SummaryCode,
      industry: Type.Optional(Industry),
      staffSummary: Type.Optional(
        StaffText(2000, 'Written by staff, free of anything identifying the reporter'),
      ),
    }),
    run: (id, caller, b) =>
      triageReport(deps, id, caller, {
        scope: b.category,
        summaryCode: b.summaryCode,
        industry: b.industry,
        staffSummary: b.staffSummary,
      }),
  });
  caseAction(app, {
    name: 'accept',
    summary: 'Accept the report: the 60-day verification clock starts',
    roles: ROLES.intakeDesk,
    body: Closed({}),
    run: (id, caller) => acceptReport(deps, id, caller),
  });
  caseAction(app, {
    name: 'decline',
    summary:
      'Do not accept the report (out of scope, transferred, duplicate, insufficient information)',
    roles: ROLES.intakeDesk,
    body: Closed({ reason: DeclineReason, transferredTo: Type.Optional(Id) }),
    run: (id, caller, b) => declineReport(deps, id, caller, b.reason, b.transferredTo),
  });
  caseAction(app, {
    name: 'assign',
    summary:
      'Assign for verification: by the routing table (region + industry) unless a unit is named',
    roles: ROLES.intakeDesk,
    body: Closed({ unit: Type.Optional(Id), assignee: Type.Optional(Id) }),
    run: (id, caller, b) => assignReport(deps, id, caller, b),
  });
}
