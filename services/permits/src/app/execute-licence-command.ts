// The use case behind every licence transition: load under lock → check access → decide →
// save the state and its events in one transaction.
import type { Causation } from '@yiwang/bus';
import { loadLicence } from '../db/licences.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { decideLicence, type LicenceCommand } from '../domain/decide-licence.js';
import type { Licence } from '../domain/licence.js';
import { decided, licenceNotFound } from './decided.js';
import { recordLicenceEvents } from './record-licence-events.js';

/** Options: an access check on the loaded licence, the causing event, a transaction. */
export interface LicenceOptions {
  readonly authorize?: (licence: Licence) => void;
  readonly causation?: Causation;
  readonly tx?: Executor;
}

/** Executes `command` on licence `id`; returns the new state. */
export async function executeLicenceCommand(
  deps: Deps,
  id: string,
  command: LicenceCommand | ((licence: Licence, tx: Executor) => Promise<LicenceCommand>),
  options: LicenceOptions = {},
): Promise<Licence> {
  const run = async (tx: Executor) => {
    const licence = await loadLicence(tx, id, true);
    if (licence === undefined) throw licenceNotFound(id);
    options.authorize?.(licence);
    const cmd = typeof command === 'function' ? await command(licence, tx) : command;
    const events = decided(decideLicence(cmd, licence, deps.rules));
    return recordLicenceEvents(deps, tx, licence, events, options.causation);
  };
  return options.tx === undefined ? deps.database.db.transaction(run) : run(options.tx);
}
