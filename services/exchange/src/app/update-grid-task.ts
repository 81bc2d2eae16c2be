// POST /v1/grid/tasks/{id}/updates: moves a task along the grid loop; illegal transitions are
// 409 EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION. Records gridtask.updated / closed / evaluated.
import { DomainError } from '@yiwang/service-kit';
import { decideTaskUpdate, type TaskUpdate } from '../domain/decide-task-update.js';
import { evolveTask } from '../domain/evolve-task.js';
import { anyCovers } from '../domain/region.js';
import { findTask, saveTask } from '../db/grid-tasks.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided, notFound } from './decided.js';

/** Applies an update as `actor`; returns the task after it. */
export async function updateGridTask(
  deps: Deps,
  taskId: string,
  update: TaskUpdate,
  actor: { sub: string; roles: readonly string[]; regions: readonly string[] },
) {
  const at = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const task = await findTask(tx, taskId, true);
    if (task === undefined) throw notFound('grid task', taskId);
    if (!anyCovers(actor.regions, task.region)) {
      throw new DomainError(
        'EXCHANGE.REGION_FORBIDDEN',
        `Your token does not cover region ${task.region}.`,
      );
    }
    const ctx = { by: actor.sub, isCentre: actor.roles.includes('grid-centre'), at };
    const events = decided(decideTaskUpdate(task, update, ctx));
    let state = task;
    for (const event of events) {
      state = evolveTask(state, event);
      const facts = {
        id: deps.ids.uuid(),
        sequence: state.version,
        region: state.region,
        enterprise: state.enterprise,
      };
      await deps.bus.outbox.add(tx, toContractEvent(event, facts));
    }
    await saveTask(tx, state, at);
    return state;
  });
}
