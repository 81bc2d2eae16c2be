// Re-assessment of an installation (every 3 years, or after a change): a new R, graded again,
// the next re-assessment 3 years on. Also the sweeper's reminder that one is due.
import { DomainError } from '@yiwang/service-kit';
import { loadInstallation } from '../db/installations.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { decideInstallation, type InstallationCommand } from '../domain/decide-installation.js';
import type { Installation } from '../domain/installation.js';
import { decided } from './decided.js';
import { recordInstallationEvents } from './record-installation-events.js';

/** Executes `cmd` on installation `id` under its row lock; `authorize` checks access. */
export async function executeInstallationCommand(
  deps: Deps,
  id: string,
  cmd: Exclude<InstallationCommand, { kind: 'register' }>,
  authorize: (i: Installation) => void = () => undefined,
): Promise<Installation> {
  return deps.database.db.transaction(async (tx: Executor) => {
    const state = await loadInstallation(tx, id, true);
    if (state === undefined) throw installationNotFound(id);
    authorize(state);
    const events = decided(decideInstallation(cmd, state, deps.installationRules));
    return recordInstallationEvents(deps, tx, state, events);
  });
}

/** 404 of an installation. */
export function installationNotFound(id: string): DomainError {
  return new DomainError('HAZARDS.INSTALLATION_NOT_FOUND', `No installation ${id}.`);
}
