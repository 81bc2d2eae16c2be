import { describe, expect, it } from 'vitest';
import { decideDispatch } from './decide-dispatch.js';
import { decideTaskUpdate, type TaskUpdate } from './decide-task-update.js';
import { evolveTask } from './evolve-task.js';
import type { GridTask } from './grid.js';

const at = new Date('2026-03-01T08:00:00Z');
const cell = { id: 'cell-1', region: '330502', township: 't', name: 'n', worker: 'w1' };
const dispatched = decideDispatch(
  {
    taskId: 'gt-1',
    origin: 'hazard',
    originType: 't',
    originRef: 'HZ-1',
    category: 'safety-hazard',
    at,
    slaHours: 72,
  },
  cell,
  undefined,
);
const start = dispatched.ok ? evolveTask(undefined, dispatched.events[0]!) : (undefined as never);
const worker = { by: 'w1', isCentre: false, at };
const centre = { by: 'c1', isCentre: true, at: new Date('2026-03-05T08:00:00Z') };

function run(task: GridTask, updates: TaskUpdate[], ctx = worker): GridTask {
  return updates.reduce((t, u) => {
    const d = decideTaskUpdate(t, u, ctx);
    if (!d.ok) throw new Error(d.rejection.code);
    return d.events.reduce(evolveTask, t);
  }, task);
}

describe('grid task loop', () => {
  it('starts dispatched with the SLA from dispatch, assigned to the cell worker', () => {
    expect(start).toMatchObject({
      status: 'dispatched',
      assignee: 'w1',
      dueAt: '2026-03-04T08:00:00.000Z',
      version: 1,
    });
    expect(
      decideDispatch(
        {
          taskId: 'gt-2',
          origin: 'hazard',
          originType: 't',
          originRef: 'HZ-1',
          category: 'other',
          at,
          slaHours: 1,
        },
        cell,
        start,
      ),
    ).toEqual({ ok: true, events: [] });
  });

  it('goes accepted → handling → feedback → verified → closed → evaluated', () => {
    const verified = run(start, [
      { status: 'accepted', photos: [] },
      { status: 'handling', photos: [] },
      { status: 'feedback', photos: ['p'] },
      { status: 'verified', photos: [] },
    ]);
    const closed = decideTaskUpdate(verified, { status: 'closed', result: 'resolved' }, centre);
    expect(closed).toMatchObject({
      ok: true,
      events: [{ type: 'gridtask.closed', withinSla: false }],
    });
    const evaluated = run(
      run(verified, [{ status: 'closed', result: 'resolved' }], centre),
      [{ status: 'evaluated', evaluation: 4 }],
      centre,
    );
    expect(evaluated).toMatchObject({ status: 'evaluated', evaluation: 4, version: 7 });
  });

  it('refuses skips, re-openings and closing unhandled work as resolved', () => {
    expect(decideTaskUpdate(start, { status: 'verified', photos: [] }, worker)).toMatchObject({
      ok: false,
      rejection: { code: 'EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION' },
    });
    expect(decideTaskUpdate(start, { status: 'closed', result: 'resolved' }, centre)).toMatchObject(
      { ok: false, rejection: { code: 'EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION' } },
    );
    expect(decideTaskUpdate(start, { status: 'closed', result: 'invalid' }, centre)).toMatchObject({
      ok: true,
    });
    expect(decideTaskUpdate(start, { status: 'closed', result: 'invalid' }, worker)).toMatchObject({
      ok: false,
      rejection: { code: 'EXCHANGE.GRID_CENTRE_ONLY' },
    });
    const feedback = run(start, [
      { status: 'accepted', photos: [] },
      { status: 'handling', photos: [] },
      { status: 'feedback', photos: [] },
    ]);
    expect(run(feedback, [{ status: 'handling', photos: [] }]).status).toBe('handling');
  });
});
