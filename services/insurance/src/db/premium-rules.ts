// Queries of the versioned premium rule tables.
import { asc, eq } from 'drizzle-orm';
import type { PremiumRuleTable } from '../domain/premium-rules.js';
import { premiumRules } from './tables.js';
import type { Executor } from './types.js';

/** Stores a version unless one of that name exists; returns the stored one. */
export async function insertRuleTable(
  db: Executor,
  table: PremiumRuleTable,
  at: Date,
): Promise<{ table: PremiumRuleTable; created: boolean }> {
  const inserted = await db
    .insert(premiumRules)
    .values({
      version: table.version,
      effectiveFrom: table.effectiveFrom,
      table: { ...table },
      createdAt: at,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted.length > 0) return { table, created: true };
  const [row] = await db.select().from(premiumRules).where(eq(premiumRules.version, table.version));
  if (row === undefined) throw new Error('rule table vanished');
  return { table: row.table as unknown as PremiumRuleTable, created: false };
}

/** Every version, oldest first. */
export async function listRuleTables(db: Executor): Promise<PremiumRuleTable[]> {
  const rows = await db.select().from(premiumRules).orderBy(asc(premiumRules.effectiveFrom));
  return rows.map((r) => r.table as unknown as PremiumRuleTable);
}
