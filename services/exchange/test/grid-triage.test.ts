// Grid-centre triage of workers' reports (DOMAIN.md "Grid dispatch"): reported → accepted
// (a task for the cell is dispatched, SLA starts) | invalid; the hazard case the hazards
// context opens from a report is linked, and answers on the report's task name that case.
import { createEvent, hazards, newEventId } from '@yiwang/contracts';
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseBody, putCell, uscc } from './support/fixtures.js';
import { makeGridSweeper } from '../src/sweeper/grid-sweeper.js';
import { startExchange, type Exchange } from './support/harness.js';

let ex: Exchange;
let events: EventCapture;
const worker = ['grid-worker'];
const centre = ['grid-centre'];
const ACME = uscc(31);

beforeAll(async () => {
  ex = await startExchange();
  events = await captureEvents(ex.nc, `${ex.prefix}.exchange.>`);
  await putCell(ex, 'cell-31', 'worker-31');
  await putCell(ex, 'cell-32', 'worker-32');
  const put = await call(
    ex,
    'PUT',
    `/v1/enterprises/${ACME}`,
    enterpriseBody({ gridCellId: 'cell-31' }),
    ['directory-clerk'],
  );
  expect(put.statusCode).toBe(201);
});
afterAll(async () => {
  await events.stop();
  await ex.close();
});

const report = (over: Record<string, unknown> = {}) => ({
  gridCellId: 'cell-31',
  category: 'safety-hazard',
  summary: 'Gas cylinders stored next to the boiler room',
  position: { lat: 30.87, lng: 120.09 },
  photos: ['photo-31'],
  reportedAt: new Date().toISOString(),
  enterprise: ACME,
  ...over,
});
async function submitted(over: Record<string, unknown> = {}) {
  const res = await call(ex, 'POST', '/v1/grid/reports', report(over), worker, ['330502']);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; status: string }>();
}
const triage = (id: string, body: unknown, roles = centre) =>
  call(ex, 'POST', `/v1/grid/reports/${id}/triage`, body, roles);
const ofSubject = (id: string) =>
  events.events.filter((e) => e.event.subject === id).map((e) => e.event.type.split('.')[3]);

/** hazards opening a case from the report, as its relay would publish it. */
const caseOpened = (hazardId: string, reportId: string) =>
  createEvent(hazards.hazardReported, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: hazardId,
    region: '330502',
    sequence: 1,
    enterprise: ACME,
    data: {
      hazardId,
      source: 'grid',
      sourceRef: reportId,
      category: 'other',
      summary: 'Gas cylinders stored next to the boiler room',
      foundAt: new Date().toISOString(),
      photos: ['photo-31'],
    },
  });

describe('grid report triage', () => {
  it('a report waits for triage and carries its enterprise on the event', async () => {
    const { id, status } = await submitted();
    expect(status).toBe('reported');
    const received = await events.waitForEvent((e) => e.event.subject === id);
    expect(received.event).toMatchObject({
      type: 'yiwang.exchange.gridreport.received.v1',
      enterprise: ACME,
      data: { enterprise: ACME, category: 'safety-hazard' },
    });
    const queue = await call(ex, 'GET', '/v1/grid/reports?status=reported', undefined, centre);
    expect(queue.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toContain(id);
  });

  it('accepting dispatches a task for the cell; the case opened from the report is linked', async () => {
    const { id } = await submitted();
    await ex.publish(caseOpened('HZ-2026-0031', id));
    await waitFor(async () => {
      const r = await call(ex, 'GET', `/v1/grid/reports/${id}`, undefined, centre);
      return r.json<{ hazardId?: string }>().hazardId === 'HZ-2026-0031';
    });
    const res = await triage(id, { decision: 'accept' });
    expect(res.json()).toMatchObject({ status: 'accepted', triagedBy: 'u-test', version: 2 });
    const taskId = res.json<{ dispatchedTaskId: string }>().dispatchedTaskId;
    const task = await call(ex, 'GET', `/v1/grid/tasks/${taskId}`, undefined, worker);
    expect(task.json()).toMatchObject({
      origin: 'grid-report',
      originRef: id,
      gridCellId: 'cell-31',
      status: 'dispatched',
      assignee: 'worker-31',
      enterprise: ACME,
    });
    await waitFor(() => ofSubject(id).length === 2 && ofSubject(taskId).length === 1);
    expect(ofSubject(id)).toEqual(['received', 'accepted']);
    const accepted = events.events.find((e) => e.event.type.endsWith('gridreport.accepted.v1'));
    expect(accepted?.event.data).toMatchObject({ reportId: id, taskId, hazardId: 'HZ-2026-0031' });

    // the worker's answer on that task names the same case, for hazards to link
    const answer = await submitted({ taskId, enterprise: undefined, summary: 'Cylinders moved' });
    expect(answer).toMatchObject({ status: 'attached', hazardId: 'HZ-2026-0031' });
    const again = await triage(id, { decision: 'invalid', reason: 'duplicate' });
    expect(again.json()).toMatchObject({
      status: 409,
      code: 'EXCHANGE.GRID_REPORT_ILLEGAL_TRANSITION',
    });
  });

  it('an invalid report ends the loop with its reason and no task', async () => {
    const { id } = await submitted();
    const res = await triage(id, { decision: 'invalid', reason: 'not-verifiable', note: 'x' });
    expect(res.json()).toMatchObject({ status: 'invalid', invalidReason: 'not-verifiable' });
    const ev = await events.waitForEvent((e) => e.event.type.endsWith('invalidated.v1'));
    expect(ev.event.data).toMatchObject({ reportId: id, reason: 'not-verifiable' });
    const tasks = await call(ex, 'GET', '/v1/grid/tasks?limit=100', undefined, centre);
    const origins = tasks.json<{ items: { originRef: string }[] }>().items.map((t) => t.originRef);
    expect(origins).not.toContain(id);
  });

  it('only the grid centre of the region triages; wrong cells and enterprises are refused', async () => {
    const { id } = await submitted();
    expect((await triage(id, { decision: 'accept' }, worker)).statusCode).toBe(403);
    const outside = await call(
      ex,
      'POST',
      `/v1/grid/reports/${id}/triage`,
      { decision: 'accept' },
      centre,
      ['330521'],
    );
    expect(outside.json()).toMatchObject({ status: 403, code: 'EXCHANGE.REGION_FORBIDDEN' });
    expect((await triage('gr-none', { decision: 'accept' })).statusCode).toBe(404);
    const mixed = await triage(id, { decision: 'accept', reason: 'duplicate' });
    expect(mixed.statusCode).toBe(400);
    const elsewhere = await call(
      ex,
      'POST',
      '/v1/grid/reports',
      report({ gridCellId: 'cell-32' }),
      worker,
    );
    expect(elsewhere.json()).toMatchObject({ code: 'EXCHANGE.GRID_ENTERPRISE_NOT_IN_CELL' });
    const read = await call(ex, 'GET', `/v1/grid/reports/${id}`, undefined, worker, ['330521']);
    expect(read.statusCode).toBe(403);
  });

  it('flags an open task once when its SLA has passed; closing it records the breach', async () => {
    const { id } = await submitted({ summary: 'Extinguishers expired in the warehouse' });
    const accepted = await triage(id, { decision: 'accept' });
    const taskId = accepted.json<{ dispatchedTaskId: string }>().dispatchedTaskId;
    const sweeper = makeGridSweeper(ex.deps);
    const before = await sweeper.runOnce();
    ex.clock.advance(73 * 3_600_000); // the default SLA is 72 hours
    expect(await sweeper.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await sweeper.runOnce()).toBe(0);
    const overdue = await events.waitForEvent(
      (e) => e.event.type.endsWith('gridtask.overdue.v1') && e.event.subject === taskId,
    );
    expect(overdue.event.data).toMatchObject({
      taskId,
      status: 'dispatched',
      gridCellId: 'cell-31',
    });
    expect(before).toBe(0);
    const task = await call(ex, 'GET', `/v1/grid/tasks/${taskId}`, undefined, centre);
    expect(task.json<{ overdueAt?: string }>().overdueAt).toBeDefined();
    const closed = await call(
      ex,
      'POST',
      `/v1/grid/tasks/${taskId}/updates`,
      { status: 'closed', result: 'transferred' },
      centre,
    );
    expect(closed.json()).toMatchObject({ status: 'closed' });
    const breach = await events.waitForEvent(
      (e) => e.event.type.endsWith('gridtask.closed.v1') && e.event.subject === taskId,
    );
    expect(breach.event.data).toMatchObject({ withinSla: false });
  });
});
