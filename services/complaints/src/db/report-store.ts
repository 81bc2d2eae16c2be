// Loading and saving the report aggregate. Rows are locked before anything else in a
// transaction (`for update`), which also orders the outbox per report (see @yiwang/bus README).
import { activeTraceFields } from '@yiwang/bus';
import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { earliestDueBy, nextNoticeOn } from '../domain/deadlines/active-deadline.js';
import type { DeadlinePolicy } from '../domain/policy.js';
import type { Report } from '../domain/report/state.js';
import type { Schema } from '../deps.js';
import type { SealedBox } from '../app/identity-vault.js';
import { reportIdentities, reports } from './tables.js';

/** A transaction (or the database) of this service's schema. */
export type Tx = Pick<
  NodePgDatabase<Schema>,
  'select' | 'insert' | 'update' | 'delete' | 'execute'
>;

/** How long before a due date the due-soon notices go out. */
export type NoticeLeads = Pick<DeadlinePolicy, 'dueSoonDays' | 'replyDueSoonDays'>;

/** The columns derived from the state, kept for queries and the scheduler. */
export function derived(report: Report, leads: NoticeLeads) {
  return {
    version: report.version,
    status: report.status,
    region: report.place.region,
    scope: report.scope,
    duplicateOf: report.duplicateOf ?? null,
    dueBy: earliestDueBy(report) ?? null,
    nextNoticeOn: nextNoticeOn(report, leads) ?? null,
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

/** The INSERTs of a new report and its sealed identity (not executed: see `executeAsOne`). */
export function newReportInserts(
  tx: Pick<Tx, 'insert'>,
  report: Report,
  extra: NewReportRow & { at: string },
  leads: NoticeLeads,
): SQLWrapper[] {
  const row = tx.insert(reports).values({
    id: report.id,
    trackingCode: extra.trackingCode,
    accessKeyHash: extra.accessKeyHash,
    channel: report.channel,
    matterKey: extra.matterKey,
    realName: report.realName,
    receivedAt: report.receivedAt,
    updatedAt: extra.at,
    ...derived(report, leads),
    traceParent: activeTraceFields().traceparent ?? null,
  });
  return [row, tx.insert(reportIdentities).values({ reportId: report.id, ...extra.sealed })];
}

/**
 * Runs data-modifying statements as ONE statement (`with w0 as (…), w1 as (…) <last>`): one
 * round trip, and atomic on its own, so intake needs no BEGIN/COMMIT. Foreign keys between the
 * parts hold: PostgreSQL checks them at the end of the statement.
 */
export async function executeAsOne(tx: Pick<Tx, 'execute'>, parts: readonly SQLWrapper[]) {
  const last = parts.at(-1);
  if (last === undefined) return;
  const withs = parts.slice(0, -1).map((part, i) => sql`${sql.raw(`w${i}`)} as (${part.getSQL()})`);
  await tx.execute(
    withs.length === 0 ? last.getSQL() : sql`with ${sql.join(withs, sql`, `)} ${last.getSQL()}`,
  );
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
  leads: NoticeLeads,
): Promise<void> {
  await tx
    .update(reports)
    .set({ ...derived(report, leads), updatedAt: at })
    .where(eq(reports.id, report.id));
}

/** Whether a string is a UUID (ids in URLs are checked before they reach SQL). */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
