// The use case behind every application transition: load under lock → check access → build
// the command (facts and numbers are read inside the transaction) → decide → save the state,
// its progress and its events in one transaction.
import type { Causation } from '@yiwang/bus';
import { loadApplication } from '../db/applications.js';
import { lockHolder } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Application, ApplicationEvent } from '../domain/application.js';
import type { ApplicationCommand } from '../domain/commands.js';
import { decideApplication } from '../domain/decide-application.js';
import { applicationNotFound, decided } from './decided.js';
import { recordApplicationEvents } from './record-application-events.js';

/** Builds the command from the loaded application inside the transaction. */
export type CommandBuilder = (
  application: Application,
  tx: Executor,
) => ApplicationCommand | Promise<ApplicationCommand>;

/** Options: an access check, the causing event, a transaction, a follow-up in the same one. */
export interface ExecuteOptions {
  readonly authorize?: (application: Application) => void;
  readonly causation?: Causation;
  readonly tx?: Executor;
  /** Runs after the events are recorded, in the same transaction (e.g. issue the licence). */
  readonly after?: (
    application: Application,
    events: readonly ApplicationEvent[],
    tx: Executor,
  ) => Promise<void>;
}

/** Executes a command on application `id`; returns the new state. */
export async function executeApplicationCommand(
  deps: Deps,
  id: string,
  build: CommandBuilder,
  options: ExecuteOptions = {},
): Promise<Application> {
  const run = async (tx: Executor) => {
    const found = await loadApplication(tx, id);
    if (found === undefined) throw applicationNotFound(id);
    // Holder first, then the row: the same order as the projections (no deadlock).
    await lockHolder(tx, found.uscc);
    const application = await loadApplication(tx, id, true);
    if (application === undefined) throw applicationNotFound(id);
    options.authorize?.(application);
    const command = await build(application, tx);
    const events = decided(decideApplication(command, application, deps.rules));
    const state = await recordApplicationEvents(
      deps,
      tx,
      { state: application, causation: options.causation },
      events,
    );
    await options.after?.(state, events, tx);
    return state;
  };
  return options.tx === undefined ? deps.database.db.transaction(run) : run(options.tx);
}
