// Makes a grid task for the cell of the enterprise an event concerns (or the cell the event
// names) and records `gridtask.dispatched`, in the consumer's transaction. An event that names
// no enterprise or cell can never be dispatched (dead letter); an enterprise or cell not yet in
// the directory is retried, then dead-lettered for replay once the directory knows it.
import { PermanentError, TransientError, causedBy } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { decideDispatch, type DispatchTask } from '../domain/decide-dispatch.js';
import { evolveTask } from '../domain/evolve-task.js';
import { findEnterprise } from '../db/enterprises.js';
import { findCell } from '../db/grid-cells.js';
import { findTaskByOrigin, saveTask } from '../db/grid-tasks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';

/** What the consumer knows about the task to make. */
export type DispatchRequest = Omit<DispatchTask, 'taskId' | 'at' | 'enterprise'>;

/** Dispatches a task for `cause`; a second event for the same origin is a no-op. */
export async function dispatchGridTask(
  deps: Deps,
  tx: Executor,
  cause: CloudEvent,
  request: DispatchRequest,
): Promise<void> {
  const data = cause.data as Record<string, unknown>;
  const namedCell = typeof data['gridCellId'] === 'string' ? data['gridCellId'] : undefined;
  if (namedCell === undefined && cause.enterprise === undefined) {
    throw new PermanentError(`${cause.type} ${cause.subject} names no enterprise or grid cell`);
  }
  const existing = await findTaskByOrigin(tx, request.origin, request.originRef);
  if (existing !== undefined) return;
  const enterprise =
    cause.enterprise === undefined ? undefined : await findEnterprise(tx, cause.enterprise);
  const cellId = namedCell ?? enterprise?.gridCellId;
  if (cellId === undefined) {
    throw new TransientError(`enterprise ${cause.enterprise} is not in the directory yet`);
  }
  const cell = await findCell(tx, cellId);
  const cmd = {
    ...request,
    enterprise: cause.enterprise,
    taskId: deps.ids.id('gt'),
    at: deps.clock.now(),
  };
  const decision = decideDispatch(cmd, cell, existing);
  if (!decision.ok) throw new TransientError(decision.rejection.detail);
  for (const event of decision.events) {
    const task = evolveTask(undefined, event);
    await saveTask(tx, task, cmd.at);
    const facts = {
      id: deps.ids.uuid(),
      sequence: task.version,
      region: task.region,
      enterprise: task.enterprise,
      causation: causedBy(cause),
    };
    await deps.bus.outbox.add(tx, toContractEvent(event, facts));
  }
}
