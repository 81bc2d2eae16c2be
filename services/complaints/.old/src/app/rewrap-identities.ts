// Master-key rotation: re-wraps the data keys of sealed identities that are not under the
// active master key, in batches, each row under its report's lock-free primary key. The sealed
// identities themselves are not touched (their data keys do not change).
import { eq, ne } from 'drizzle-orm';
import { reportIdentities } from '../db/tables.js';
import type { Deps } from '../deps.js';

export async function rewrapIdentities(deps: Deps, batch = 500): Promise<{ rewrapped: number }> {
  let rewrapped = 0;
  for (;;) {
    const done = await deps.database.db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(reportIdentities)
        .where(ne(reportIdentities.kid, deps.vault.activeKid))
        .limit(batch)
        .for('update', { skipLocked: true });
      for (const row of rows) {
        const next = deps.vault.rewrap(row.reportId, row);
        await tx
          .update(reportIdentities)
          .set({ kid: next.kid, wrappedKey: next.wrappedKey })
          .where(eq(reportIdentities.reportId, row.reportId));
      }
      return rows.length;
    });
    rewrapped += done;
    if (done < batch) return { rewrapped };
  }
}
