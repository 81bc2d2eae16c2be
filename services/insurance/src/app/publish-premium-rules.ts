// Publishes a new version of the premium rule table. A version is immutable and takes effect
// no earlier than today, so no policy already priced changes (DOMAIN.md: old cases keep their
// rule). Publishing the same version again with the same content is a no-op (idempotent).
import { DomainError } from '@yiwang/service-kit';
import { insertRuleTable } from '../db/premium-rules.js';
import type { Deps } from '../deps.js';
import { sameRuleTable, type PremiumRuleTable } from '../domain/premium-rules.js';
import { localDate } from './local-date.js';

/** Stores `table`; returns it and whether it is new. */
export async function publishPremiumRules(
  deps: Deps,
  table: PremiumRuleTable,
): Promise<{ table: PremiumRuleTable; created: boolean }> {
  const now = deps.clock.now();
  if (table.effectiveFrom < localDate(now)) {
    throw new DomainError(
      'INSURANCE.RULES_RETROACTIVE',
      'A new rule table takes effect today or later.',
    );
  }
  if (table.minAdjustmentPercent > table.maxAdjustmentPercent) {
    throw new DomainError(
      'INSURANCE.RULES_INVALID',
      'minAdjustmentPercent exceeds maxAdjustmentPercent.',
    );
  }
  const result = await insertRuleTable(deps.database.db, table, now);
  if (!result.created && !sameRuleTable(result.table, table)) {
    throw new DomainError(
      'INSURANCE.RULES_VERSION_CONFLICT',
      `Version ${table.version} exists with other numbers.`,
    );
  }
  return result;
}
