// Opening a sealed identity: the custodian only, with a reason, and every opening written to
// the append-only audit table in the same transaction as the read (no audit, no reveal).
import { DomainError, type Principal } from '@yiwang/service-kit';
import { eq } from 'drizzle-orm';
import { isUuid } from '../db/report-store.js';
import { identityReveals, reportIdentities, reports } from '../db/tables.js';
import type { Deps } from '../deps.js';
import type { SealedIdentity } from './identity-vault.js';
import { inTransaction, reportNotFound } from './run-in-transaction.js';

export interface Reveal {
  readonly reportId: string;
  readonly identity: SealedIdentity;
  readonly revealedAt: string;
  readonly auditId: number;
}

export async function revealIdentity(
  deps: Deps,
  reportId: string,
  custodian: Principal,
  reason: string,
): Promise<Reveal> {
  if (!isUuid(reportId)) throw reportNotFound(reportId);
  return inTransaction(deps, async (tx) => {
    const [row] = await tx
      .select({ box: reportIdentities })
      .from(reports)
      .leftJoin(reportIdentities, eq(reportIdentities.reportId, reports.id))
      .where(eq(reports.id, reportId));
    if (row === undefined) throw reportNotFound(reportId);
    if (row.box === null) {
      throw new DomainError('COMPLAINTS.IDENTITY_NOT_FOUND', 'This report has no sealed identity.');
    }
    const revealedAt = deps.clock().toISOString();
    const [audit] = await tx
      .insert(identityReveals)
      .values({ reportId, revealedBy: custodian.sub, dept: custodian.dept, reason, revealedAt })
      .returning({ id: identityReveals.id });
    const identity = deps.vault.open(reportId, row.box);
    return { reportId, identity, revealedAt, auditId: audit?.id ?? 0 };
  });
}

/** The audit trail of a report's reveals (custodian and supervisors may read it). */
export async function listReveals(deps: Deps, reportId: string) {
  if (!isUuid(reportId)) throw reportNotFound(reportId);
  return deps.database.db
    .select()
    .from(identityReveals)
    .where(eq(identityReveals.reportId, reportId))
    .orderBy(identityReveals.id);
}
