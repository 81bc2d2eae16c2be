import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { busProjectionVersion } from './schema.js';

/** A Drizzle transaction of any schema, for writing the projection version. */
export type ProjectionWriter = Pick<PgDatabase<PgQueryResultHKT>, 'insert'>;

/**
 * Records that `projection` now reflects `event.sequence` of aggregate `event.subject`, if that
 * is newer than what it reflects; returns false for a stale or repeated event, which the
 * handler then ignores. Call it first in the handler's transaction: the row lock it takes
 * serialises concurrent events of one aggregate.
 *
 * ```ts
 * if (!(await claimAggregateVersion(tx, 'hazard-summary', event))) return;
 * ```
 */
export async function claimAggregateVersion(
  tx: ProjectionWriter,
  projection: string,
  event: { readonly subject: string; readonly sequence: number },
): Promise<boolean> {
  const rows = await tx
    .insert(busProjectionVersion)
    .values({ projection, aggregateId: event.subject, version: event.sequence })
    .onConflictDoUpdate({
      target: [busProjectionVersion.projection, busProjectionVersion.aggregateId],
      set: { version: sql`excluded.version` },
      setWhere: sql`${busProjectionVersion.version} < excluded.version`,
    })
    .returning({ version: busProjectionVersion.version });
  return rows.length > 0;
}
