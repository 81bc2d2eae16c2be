// Accepts (受理) an application: by staff after the completeness check, or deemed accepted by
// the sweeper when no defect notice was sent in time (行政许可法 art. 32). A renewal whose
// licence term had no fatal accident is accepted for renewal without review.
import { loadLicence } from '../db/licences.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Application } from '../domain/application.js';
import { executeApplicationCommand, type ExecuteOptions } from './execute-application-command.js';
import { localDate } from './local-date.js';
import { noFatalAccidentInTerm } from './no-fatal-accident.js';

/** Accepts application `id`; `deemed` when the sweeper does it. */
export async function acceptApplication(
  deps: Deps,
  id: string,
  by: string,
  deemed: boolean,
  options: ExecuteOptions = {},
): Promise<Application> {
  return executeApplicationCommand(
    deps,
    id,
    async (a: Application, tx: Executor) => {
      const now = deps.clock.now();
      const previous =
        a.previousLicenceId === undefined ? undefined : await loadLicence(tx, a.previousLicenceId);
      const clean = previous !== undefined && (await noFatalAccidentInTerm(tx, previous, now));
      return {
        kind: 'accept',
        at: now.toISOString(),
        today: localDate(now),
        by,
        deemed,
        noFatalAccidentInTerm: clean,
      };
    },
    options,
  );
}
