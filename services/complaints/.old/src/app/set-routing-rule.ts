import type { Principal } from '@yiwang/service-kit';
import { upsertRoute } from '../db/routing-queries.js';
import type { Deps } from '../deps.js';

/** Sets the unit that verifies reports of `region` and `industry` (`*` = any industry). */
export async function setRoutingRule(
  deps: Deps,
  caller: Principal,
  rule: { region: string; industry: string; unit: string },
) {
  const row = { ...rule, updatedBy: caller.sub, updatedAt: deps.clock().toISOString() };
  await upsertRoute(deps.database.db, row);
  return row;
}
