// Records a safety award (POST /v1/insurance/awards, bureau staff): a municipal award lowers
// the premium 5 %, a provincial one 10 % (DOMAIN.md "Insurance"), for the rule table's
// look-back period. (uscc, level, date) is the natural idempotency key.
import { type AwardRow, insertAward } from '../db/risk.js';
import { findEnterprise } from '../db/enterprises.js';
import type { Deps } from '../deps.js';
import type { AwardLevel } from '../domain/premium-rules.js';
import { enterpriseNotFound } from './decided.js';

/** Records the award; `authorize` checks the caller's regions cover the enterprise. */
export async function recordAward(
  deps: Deps,
  req: { uscc: string; level: AwardLevel; title: string; awardedOn: string; by: string },
  authorize: (region: string) => void,
): Promise<{ award: AwardRow; created: boolean }> {
  const enterprise = await findEnterprise(deps.database.db, req.uscc);
  if (enterprise === undefined) throw enterpriseNotFound(req.uscc);
  authorize(enterprise.region);
  return insertAward(deps.database.db, {
    id: deps.ids.id('awd'),
    uscc: req.uscc,
    region: enterprise.region,
    level: req.level,
    title: req.title,
    awardedOn: req.awardedOn,
    recordedBy: req.by,
    createdAt: deps.clock.now(),
  });
}
