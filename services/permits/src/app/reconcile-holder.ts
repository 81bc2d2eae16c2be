// Brings every live licence of a holder in line with what stands against it now (DOMAIN.md
// "Permits"; 安全生产许可证条例 art. 14): listed by credit, an overdue (listed) major hazard, or
// — in a high-risk industry — non-compliant with mandatory insurance suspends the licence
// (暂扣); when the last of these ends, an automatic suspension is lifted. A suspension decided
// by staff is lifted only by staff. Called by every projection in its own transaction.
import type { Causation } from '@yiwang/bus';
import { liveLicenceIds } from '../db/licences.js';
import { lockHolder } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { reconcileOutcome } from '../domain/decide-licence.js';
import { executeLicenceCommand } from './execute-licence-command.js';
import { suspensionReasons } from './holder-facts.js';
import { localDate } from './local-date.js';
import { documentNumber } from './numbers.js';

/** Reconciles the holder's licences; returns how many changed. */
export async function reconcileHolder(
  deps: Deps,
  tx: Executor,
  uscc: string,
  causation?: Causation,
): Promise<number> {
  await lockHolder(tx, uscc);
  let changed = 0;
  for (const id of await liveLicenceIds(tx, uscc)) {
    await executeLicenceCommand(
      deps,
      id,
      async (licence, inner) => {
        const reasons = await suspensionReasons(deps, inner, uscc, licence.industry);
        const outcome = reconcileOutcome(licence, reasons);
        if (outcome !== 'none') changed++;
        const now = deps.clock.now();
        const needsNumber = outcome === 'suspend' || outcome === 'reinstate';
        return {
          kind: 'reconcile',
          at: now.toISOString(),
          today: localDate(now),
          by: deps.config.PERMITS_SERVICE_ACTOR,
          reasons,
          decisionNumber: needsNumber ? await documentNumber(deps, inner, 'ZK') : '-',
        };
      },
      { tx, ...(causation === undefined ? {} : { causation }) },
    );
  }
  return changed;
}
