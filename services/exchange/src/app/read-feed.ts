// The pull feed: a department's shared events after a position, in ledger order. Positions
// are assigned in commit order (see db/ledger.ts), so a cursor never skips a late commit.
import { sql } from 'drizzle-orm';
import { departments } from '../db/tables.js';
import { feedPage } from '../db/ledger-reads.js';
import type { Deps } from '../deps.js';

/** One page of the feed. */
export async function readFeed(deps: Deps, department: string, after: number, limit: number) {
  const rows = await feedPage(deps.database.db, department, after, limit);
  const last = rows.at(-1)?.position;
  if (last !== undefined) {
    // Remember how far the department has read: its "delivery log" of the pull channel.
    await deps.database.db
      .update(departments)
      .set({ feedReadPosition: sql`greatest(${departments.feedReadPosition}, ${last})` })
      .where(sql`${departments.code} = ${department}`);
  }
  return { items: rows, last: last ?? after };
}
