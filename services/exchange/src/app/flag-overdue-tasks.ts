// Flags open grid tasks past their SLA: one `gridtask.overdue` per task, in the transaction
// that records it. Replicas skip each other's rows (FOR UPDATE SKIP LOCKED).
import { withStoredTrace } from '@yiwang/bus';
import { decideOverdue } from '../domain/decide-overdue.js';
import { evolveTask } from '../domain/evolve-task.js';
import { claimOverdueTasks, saveTask } from '../db/grid-tasks.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided } from './decided.js';

/** Flags up to EXCHANGE_GRID_SWEEP_BATCH tasks; returns how many were flagged. */
export async function flagOverdueTasks(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const tasks = await claimOverdueTasks(tx, now, deps.config.EXCHANGE_GRID_SWEEP_BATCH);
    let flagged = 0;
    for (const { task, traceParent } of tasks) {
      let state = task;
      for (const event of decided(decideOverdue(task, now))) {
        state = evolveTask(state, event);
        const facts = {
          id: deps.ids.uuid(),
          sequence: state.version,
          region: state.region,
          enterprise: state.enterprise,
        };
        const overdue = toContractEvent(event, facts);
        const dispatched = { traceparent: traceParent ?? undefined };
        await withStoredTrace(dispatched, () => deps.bus.outbox.add(tx, overdue));
        flagged += 1;
      }
      if (state !== task) await saveTask(tx, state, now);
    }
    return flagged;
  });
}
