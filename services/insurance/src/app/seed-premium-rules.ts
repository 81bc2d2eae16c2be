// Seeds the configured rule table at start (idempotent: a stored version never changes, so a
// restart with other numbers under the same version name keeps what policies were priced with).
import { insertRuleTable } from '../db/premium-rules.js';
import type { Deps } from '../deps.js';
import { sameRuleTable } from '../domain/premium-rules.js';

/** Stores the configured table unless its version exists; logs when the config differs. */
export async function seedPremiumRules(deps: Deps): Promise<void> {
  const { table, created } = await insertRuleTable(
    deps.database.db,
    deps.rules.seedTable,
    deps.clock.now(),
  );
  if (!created && !sameRuleTable(table, deps.rules.seedTable)) {
    deps.logger.warn(
      { version: table.version },
      'stored premium rule table differs from the configuration; the stored one applies (publish a new version to change it)',
    );
  }
}
