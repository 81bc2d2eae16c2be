// Loading and saving the report aggregate. Rows are locked before anything else in a
// transaction (`for update`), which also orders the outbox per report (see @yiwang/bus README).
import { eq, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { activeDeadline, nextNoticeOn } from '../domain/deadlines/active-deadline.js';
import type { Report } from '../domain/report/state.js';
import type { Schema } from '../deps.js';
import type { SealedBox } from '../app/identity-vault.js';
import { reportIdentities, reports } from './tables.js';

/** A transaction (or the database) of this service's schema. */
export type Tx = Pick<
  NodePgDatabase<Schema>,
  'select' | 'insert' | 'update' | 'delete' | 'execute'
>;

/** The columns derived from the state, kept for queries and the scheduler. */
function derived(report: Report, dueSoonDays: number) {
  return {
    version: report.version,
    status: report.status,
    region: report.place.region,
    scope: report.scope,
    dueBy: activeDeadline(report)?.dueBy ?? null,
    nextNoticeOn: nextNoticeOn(report, dueSoonDays) ?? null,
    state: report,
  };
}

/** What a new report's row needs besides its state. */
export interface NewReportRow {
  readonly trackingCode: string;
  readonly accessKeyHash: string;
  readonly matterKey: string;
  /** The sealed identity and own words (see identity-vault.ts). */
  readonly sealed: SealedBox;
}

/**
 * Inserts a new report and its sealed identity in one statement (a data-modifying CTE: one
 * round trip instead of two on the hot intake path).
 */
export async function insertReport(
  tx: Tx,
  report: Report,
  extra: NewReportRow & { at: string },
  dueSoonDays: number,
): Promise<void> {
  const row = tx.insert(reports).values({
    id: report.id,
    trackingCode: extra.trackingCode,
    accessKeyHash: extra.accessKeyHash,
    channel: report.channel,
    matterKey: extra.matterKey,
    duplicateOf: report.duplicateOf ?? null,
    realName: report.realName,
    receivedAt: report.receivedAt,
    updatedAt: extra.at,
    ...derived(report, dueSoonDays),
  });
  const identity = tx.insert(reportIdentities).values({ reportId: report.id, ...extra.sealed });
  await tx.execute(sql`with inserted_report as (${row.getSQL()}) ${identity.getSQL()}`);
}

/** Loads a report and locks its row until the transaction ends. */
export async function loadForUpdate(tx: Tx, id: string): Promise<Report | undefined> {
  const [row] = await tx
    .select({ state: reports.state })
    .from(reports)
    .where(eq(reports.id, id))
    .for('update');
  return row?.state;
}

/** Saves a report's new state; the caller holds its row lock. */
export async function saveReport(
  tx: Tx,
  report: Report,
  at: string,
  dueSoonDays: number,
): Promise<void> {
  await tx
    .update(reports)
    .set({ ...derived(report, dueSoonDays), updatedAt: at })
    .where(eq(reports.id, report.id));
}

/** Whether a string is a UUID (ids in URLs are checked before they reach SQL). */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
