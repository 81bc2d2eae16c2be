// The routing table (region + industry → verifying unit). Lookup falls back from the exact
// region to its parents (district → city → province) and from the industry to `*`.
import { parentRegion } from '@yiwang/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from './report-store.js';
import { routingRules } from './tables.js';

/** The unit for a report's region and industry, or `undefined` when nothing is routed. */
export async function findRoute(
  tx: Tx,
  region: string,
  industry: string,
): Promise<string | undefined> {
  const chain: string[] = [];
  for (let r: string | undefined = region; r !== undefined; r = parentOrUndefined(r)) chain.push(r);
  const rows = await tx
    .select()
    .from(routingRules)
    .where(
      and(inArray(routingRules.region, chain), inArray(routingRules.industry, [industry, '*'])),
    );
  for (const r of chain) {
    const exact = rows.find((row) => row.region === r && row.industry === industry);
    const any = rows.find((row) => row.region === r && row.industry === '*');
    if (exact !== undefined || any !== undefined) return (exact ?? any)?.unit;
  }
  return undefined;
}

function parentOrUndefined(region: string): string | undefined {
  try {
    return parentRegion(region) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Sets (or replaces) one routing rule. */
export async function upsertRoute(
  tx: Tx,
  rule: { region: string; industry: string; unit: string; updatedBy: string; updatedAt: string },
): Promise<void> {
  await tx
    .insert(routingRules)
    .values(rule)
    .onConflictDoUpdate({
      target: [routingRules.region, routingRules.industry],
      set: { unit: rule.unit, updatedBy: rule.updatedBy, updatedAt: rule.updatedAt },
    });
}

/** Every rule, by region then industry. */
export async function listRoutes(tx: Tx) {
  return tx
    .select()
    .from(routingRules)
    .orderBy(asc(routingRules.region), asc(routingRules.industry));
}

/** Removes one rule; true when it existed. */
export async function deleteRoute(tx: Tx, region: string, industry: string): Promise<boolean> {
  const gone = await tx
    .delete(routingRules)
    .where(and(eq(routingRules.region, region), eq(routingRules.industry, industry)))
    .returning();
  return gone.length > 0;
}
