import { describe, expect, it } from 'vitest';
import { decideGridReport, type ReportContext, type SubmitReport } from './decide-grid-report.js';
import { decideReportTriage, type ReportTriage } from './decide-report-triage.js';
import type { GridTask } from './grid.js';
import type { GridReport } from './grid-report.js';
import { evolveReport, linkHazard } from './evolve-report.js';

const cell = { id: 'cell-1', region: '330502', township: 't', name: 'n', worker: 'w1' };
const at = new Date('2026-03-01T08:00:00Z');
const ctx = { by: 'centre-1', at, taskId: 'gt-9', slaHours: 72 };
const cmd: SubmitReport = {
  id: 'gr-1',
  gridCellId: 'cell-1',
  worker: 'w1',
  category: 'fire-risk',
  summary: 'Blocked fire exit',
  position: { lat: 30.8, lng: 120.1 },
  photos: ['p1'],
  enterprise: 'E1',
  reportedAt: at.toISOString(),
  receivedAt: at.toISOString(),
  workerRegions: ['330502'],
};
const noContext: ReportContext = {
  cell,
  task: undefined,
  enterpriseCell: 'cell-1',
  originReport: undefined,
};

function received(c = cmd, context = noContext): GridReport {
  const d = decideGridReport(c, context);
  if (!d.ok || d.events[0]?.type !== 'gridreport.received') throw new Error('not received');
  return d.events[0].report;
}
const triage = (report: GridReport, t: ReportTriage) => decideReportTriage(report, t, cell, ctx);

describe('receiving a grid report', () => {
  it('is reported (awaiting triage) when it answers no task', () => {
    expect(received()).toMatchObject({ status: 'reported', region: '330502', version: 1 });
  });
  it('refuses an enterprise that is not in the directory in that cell', () => {
    const d = decideGridReport(cmd, { ...noContext, enterpriseCell: 'cell-2' });
    expect(d.ok ? undefined : d.rejection.code).toBe('EXCHANGE.GRID_ENTERPRISE_NOT_IN_CELL');
  });
  it('attaches an answer to a report-born task and names the case opened from that report', () => {
    const origin = { ...received(), hazardId: 'HZ-5' };
    const task = { id: 'gt-9', gridCellId: 'cell-1', origin: 'grid-report' } as GridTask;
    const answer = received(
      { ...cmd, id: 'gr-2', taskId: 'gt-9', enterprise: undefined },
      {
        ...noContext,
        task,
        originReport: origin,
      },
    );
    expect(answer).toMatchObject({ status: 'attached', hazardId: 'HZ-5', taskId: 'gt-9' });
  });
});

describe('triage of a grid report', () => {
  it('accepting dispatches a task for the cell with the SLA starting now', () => {
    const d = triage(received(), { decision: 'accept' });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.events.map((e) => e.type)).toEqual(['gridreport.accepted', 'gridtask.dispatched']);
    expect(d.events[1]).toMatchObject({
      task: {
        id: 'gt-9',
        origin: 'grid-report',
        originRef: 'gr-1',
        category: 'safety-hazard', // a fire risk is a safety hazard for the worker
        enterprise: 'E1',
        assignee: 'w1',
        dueAt: '2026-03-04T08:00:00.000Z',
      },
    });
    const after = evolveReport(received(), d.events[0] as never);
    expect(after).toMatchObject({ status: 'accepted', dispatchedTaskId: 'gt-9', version: 2 });
  });
  it('an invalid report ends the loop with its reason, and no task', () => {
    const d = triage(received(), { decision: 'invalid', reason: 'duplicate', note: 'see gr-0' });
    if (!d.ok) throw new Error(d.rejection.code);
    expect(d.events).toEqual([
      expect.objectContaining({ type: 'gridreport.invalidated', reason: 'duplicate' }),
    ]);
    const after = d.events.reduce((r, e) => evolveReport(r, e as never), received());
    expect(after).toMatchObject({ status: 'invalid', invalidReason: 'duplicate' });
  });
  it('a report is triaged once; an answer to a task is never triaged', () => {
    const accepted = { ...received(), status: 'accepted' as const };
    const again = triage(accepted, { decision: 'invalid', reason: 'other' });
    expect(again.ok ? undefined : again.rejection).toMatchObject({
      code: 'EXCHANGE.GRID_REPORT_ILLEGAL_TRANSITION',
      extensions: { from: 'accepted', to: 'invalid' },
    });
    const attached = { ...received(), status: 'attached' as const };
    expect(triage(attached, { decision: 'accept' }).ok).toBe(false);
  });
  it('keeps the first hazard case linked to a report', () => {
    const linked = linkHazard(received(), 'HZ-1');
    expect(linked?.hazardId).toBe('HZ-1');
    expect(linkHazard(linked as GridReport, 'HZ-2')).toBeUndefined();
  });
});
