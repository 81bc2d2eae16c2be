// Assignment by the routing table (region + industry → unit), unless a unit is named.
import { DomainError } from '@yiwang/service-kit';
import type { Deps } from '../deps.js';
import { findRoute } from '../db/routing-queries.js';
import { executeReportCommand, type Caller } from './execute-report-command.js';

export function assignReport(
  deps: Deps,
  id: string,
  caller: Caller,
  choice: { unit?: string | undefined; assignee?: string | undefined },
) {
  return executeReportCommand(deps, id, caller, async (tx, report) => {
    const unit =
      choice.unit ??
      (report.industry === undefined
        ? undefined
        : await findRoute(tx, report.place.region, report.industry));
    if (unit === undefined && report.industry !== undefined) {
      throw new DomainError(
        'COMPLAINTS.NO_ROUTE',
        `No unit is routed for region ${report.place.region} and industry ${report.industry}; add a routing rule or name the unit.`,
      );
    }
    return { type: 'assign', unit: unit ?? '', assignee: choice.assignee };
  });
}
