// The event archive: every shareable event, whole, kept EXCHANGE_ARCHIVE_DAYS for departments
// that join late (app/catch-up-department.ts). Written by the fan-out in its transaction.
import type { CloudEvent } from '@yiwang/contracts';
import { sql } from 'drizzle-orm';
import { eventArchive } from './tables.js';
import type { Executor } from './types.js';

/**
 * Where a batch of the archive resumes: the last (time, id) already read, the time as
 * PostgreSQL prints it (microseconds: a JavaScript Date would cut them and read a row again).
 */
export interface ArchiveCursor {
  readonly occurredAt: string;
  readonly eventId: string;
}

/** Keeps `event` (a redelivered event is kept once). */
export async function archiveEvent(ex: Executor, event: CloudEvent) {
  await ex
    .insert(eventArchive)
    .values({
      eventId: event.id,
      occurredAt: new Date(event.time),
      event: event as unknown as Record<string, unknown>,
    })
    .onConflictDoNothing();
}

/**
 * Up to `limit` archived events that occurred at or after `from` and were never shared with
 * `department`, in (time, id) order after `cursor`.
 */
export async function unsharedSince(
  ex: Executor,
  department: string,
  from: Date,
  cursor: ArchiveCursor | undefined,
  limit: number,
) {
  const after =
    cursor === undefined
      ? sql`true`
      : sql`(a.occurred_at, a.event_id) > (${cursor.occurredAt}::timestamptz, ${cursor.eventId}::uuid)`;
  const result = await ex.execute<{ event_id: string; occurred_at: string; event: unknown }>(
    sql`select a.event_id, a.occurred_at::text as occurred_at, a.event from event_archive a
        where a.occurred_at >= ${from} and ${after}
          and not exists (select 1 from sharing_ledger l
                          where l.department = ${department} and l.event_id = a.event_id)
        order by a.occurred_at, a.event_id
        limit ${limit}`,
  );
  return result.rows.map((r) => ({
    cursor: { occurredAt: r.occurred_at, eventId: r.event_id } satisfies ArchiveCursor,
    event: r.event as CloudEvent,
  }));
}

/** Deletes up to `limit` events that occurred before `before`; returns how many. */
export async function purgeArchive(ex: Executor, before: Date, limit: number): Promise<number> {
  const result = await ex.execute(
    sql`delete from event_archive where event_id in (
          select event_id from event_archive where occurred_at < ${before} limit ${limit})`,
  );
  return result.rowCount ?? 0;
}
