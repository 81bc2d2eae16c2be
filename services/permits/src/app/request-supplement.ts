// The one defect notice (补正通知, 总局令第55号 art. 18): every missing item at once, with a
// notice number, within the notice period.
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Application } from '../domain/application.js';
import type { Condition } from '../domain/conditions.js';
import { executeApplicationCommand, type ExecuteOptions } from './execute-application-command.js';
import { localDate } from './local-date.js';
import { documentNumber } from './numbers.js';

/** Sends the defect notice of application `id`. */
export async function requestSupplement(
  deps: Deps,
  id: string,
  input: { missing: readonly Condition[]; details: string },
  by: string,
  options: ExecuteOptions = {},
): Promise<Application> {
  return executeApplicationCommand(
    deps,
    id,
    async (_a: Application, tx: Executor) => {
      const now = deps.clock.now();
      return {
        kind: 'request-supplement',
        at: now.toISOString(),
        today: localDate(now),
        by,
        ...input,
        noticeNumber: await documentNumber(deps, tx, 'BZ'),
      };
    },
    options,
  );
}
