// The credit check before a decision (DOMAIN.md "Permits"; 应急管理部令第11号 joint
// punishment): reads the credit listings, insurance and hazards the projections hold,
// records the check and its answer; a listing vetoes the application with a written refusal.
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Application } from '../domain/application.js';
import { executeApplicationCommand, type ExecuteOptions } from './execute-application-command.js';
import { decisionFacts } from './holder-facts.js';
import { localDate } from './local-date.js';
import { documentNumber } from './numbers.js';

/** Runs the credit check of application `id`. */
export async function checkCredit(
  deps: Deps,
  id: string,
  by: string,
  options: ExecuteOptions = {},
): Promise<Application> {
  return executeApplicationCommand(
    deps,
    id,
    async (a: Application, tx: Executor) => {
      const now = deps.clock.now();
      const today = localDate(now);
      const facts = await decisionFacts(tx, a.uscc, today, a);
      const veto = a.status === 'accepted' && facts.listed;
      return {
        kind: 'check-credit',
        at: now.toISOString(),
        today,
        by,
        facts,
        ...(veto ? { decisionNumber: await documentNumber(deps, tx, 'JD') } : {}),
      };
    },
    options,
  );
}
