import { describe, expect, it } from 'vitest';
import { decideOverdue } from './decide-overdue.js';
import { evolveTask } from './evolve-task.js';
import type { GridTask } from './grid.js';

const task: GridTask = {
  id: 'gt-1',
  gridCellId: 'cell-1',
  region: '330502',
  origin: 'hazard',
  originType: 't',
  originRef: 'HZ-1',
  category: 'safety-hazard',
  status: 'handling',
  assignee: 'w1',
  dispatchedAt: '2026-03-01T00:00:00.000Z',
  dueAt: '2026-03-04T00:00:00.000Z',
  version: 3,
};
const events = (t: GridTask, at: string) => {
  const d = decideOverdue(t, new Date(at));
  return d.ok ? d.events : [];
};

describe('grid task SLA', () => {
  it('is not overdue until the due time has passed', () => {
    expect(events(task, '2026-03-04T00:00:00.000Z')).toEqual([]);
  });
  it('flags an open task past its due time once, with its current status', () => {
    const [event] = events(task, '2026-03-04T00:00:01.000Z');
    expect(event).toMatchObject({ type: 'gridtask.overdue', status: 'handling', assignee: 'w1' });
    const flagged = evolveTask(task, event as never);
    expect(flagged).toMatchObject({ overdueAt: '2026-03-04T00:00:01.000Z', version: 4 });
    expect(events(flagged, '2026-03-09T00:00:00.000Z')).toEqual([]);
  });
  it('never flags a closed or evaluated task', () => {
    for (const status of ['closed', 'evaluated'] as const) {
      expect(events({ ...task, status }, '2026-04-01T00:00:00.000Z')).toEqual([]);
    }
  });
});
