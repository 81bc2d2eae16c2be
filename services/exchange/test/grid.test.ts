// Grid round trip: a hazard reported for an enterprise becomes a task for its cell, the grid
// centre pulls it, workers move it along the loop (illegal moves are 409), a worker's report
// on the task names the hazard so the hazards context can update it; escalated alarms too.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alarmEscalated,
  call,
  enterpriseBody,
  hazardReported,
  putCell,
  registerDepartment,
  uscc,
} from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

let ex: Exchange;
let events: EventCapture;
let centreKey = '';
const worker = ['grid-worker'];
const centre = ['grid-centre'];
type Task = {
  id: string;
  status: string;
  gridCellId: string;
  originRef: string;
  assignee?: string;
};

const taskFor = (originRef: string) =>
  waitFor(
    async () => {
      const res = await call(ex, 'GET', '/v1/grid/tasks?limit=50', undefined, centre);
      return res.json<{ items: Task[] }>().items.find((t) => t.originRef === originRef);
    },
    { timeout: 15_000, message: `a task for ${originRef}` },
  );

beforeAll(async () => {
  ex = await startExchange();
  events = await captureEvents(ex.nc, `${ex.prefix}.exchange.>`);
  await putCell(ex, 'cell-7', 'worker-7');
  await call(ex, 'PUT', `/v1/enterprises/${uscc(7)}`, enterpriseBody({ gridCellId: 'cell-7' }), [
    'directory-clerk',
  ]);
  centreKey = await registerDepartment(
    ex,
    'grid-platform',
    [
      {
        type: 'yiwang.exchange.gridtask.dispatched.v1',
        fields: ['taskId', 'gridCellId', 'category', 'summary', 'dueAt', 'assignee'],
      },
    ],
    { kind: 'grid-centre', channels: ['pull'] },
  );
});
afterAll(async () => {
  await events.stop();
  await ex.close();
});

describe('grid round trip', () => {
  it('turns a hazard into a task for the enterprise cell, once, and the grid platform pulls it', async () => {
    const hazard = hazardReported('HZ-2026-0007', uscc(7));
    await ex.publish(hazard);
    await ex.publish(hazardReported('HZ-2026-0007', uscc(7), 2)); // same hazard again: no second task
    const task = await taskFor('HZ-2026-0007');
    expect(task).toMatchObject({
      gridCellId: 'cell-7',
      status: 'dispatched',
      assignee: 'worker-7',
    });
    const dispatched = await events.waitForEvent(
      (e) => e.event.type === 'yiwang.exchange.gridtask.dispatched.v1',
    );
    expect(dispatched.event).toMatchObject({
      subject: task.id,
      causationid: hazard.id,
      correlationid: hazard.correlationid,
      enterprise: uscc(7),
    });
    const feed = await waitFor(
      async () => {
        const res = await ex.app.inject({
          method: 'GET',
          url: '/v1/feed',
          headers: { 'x-api-key': centreKey },
        });
        const items = res.json<{ items: { event: { data: Record<string, unknown> } }[] }>().items;
        return items.length > 0 && items;
      },
      { timeout: 15_000 },
    );
    expect(feed[0]?.event.data).toMatchObject({
      taskId: task.id,
      gridCellId: 'cell-7',
      category: 'safety-hazard',
    });
    const all = await call(ex, 'GET', '/v1/grid/tasks?limit=50', undefined, centre);
    expect(
      all.json<{ items: Task[] }>().items.filter((t) => t.originRef === 'HZ-2026-0007'),
    ).toHaveLength(1);
  });

  it('moves the task along the loop and refuses illegal transitions with 409', async () => {
    const task = await taskFor('HZ-2026-0007');
    const update = (body: Record<string, unknown>, roles = worker, key?: string) =>
      ex.token(roles).then((token) =>
        ex.app.inject({
          method: 'POST',
          url: `/v1/grid/tasks/${task.id}/updates`,
          headers: {
            authorization: `Bearer ${token}`,
            ...(key === undefined ? {} : { 'idempotency-key': key }),
          },
          payload: body,
        }),
      );
    const skip = await update({ status: 'feedback' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({
      code: 'EXCHANGE.GRID_TASK_ILLEGAL_TRANSITION',
      from: 'dispatched',
      to: 'feedback',
    });
    expect((await update({ status: 'accepted' }, worker, 'k-1')).json()).toMatchObject({
      status: 'accepted',
      version: 2,
    });
    const retry = await update({ status: 'accepted' }, worker, 'k-1');
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const reused = await update({ status: 'handling' }, worker, 'k-1');
    expect(reused.json()).toMatchObject({ status: 409, code: 'EXCHANGE.IDEMPOTENCY_KEY_REUSED' });
    expect((await update({ status: 'handling' })).statusCode).toBe(200);
    expect(
      (await update({ status: 'feedback', note: 'Flange replaced', photos: ['photo-9'] }))
        .statusCode,
    ).toBe(200);
    expect((await update({ status: 'verified' })).statusCode).toBe(200);
    const byWorker = await update({ status: 'closed', result: 'resolved' });
    expect(byWorker.json()).toMatchObject({ status: 403, code: 'EXCHANGE.GRID_CENTRE_ONLY' });
    const noResult = await update({ status: 'closed' }, centre);
    expect(noResult.json()).toMatchObject({
      status: 422,
      code: 'EXCHANGE.GRID_TASK_UPDATE_INVALID',
    });
    expect((await update({ status: 'closed', result: 'resolved' }, centre)).json()).toMatchObject({
      status: 'closed',
      result: 'resolved',
    });
    expect((await update({ status: 'evaluated', evaluation: 5 }, centre)).json()).toMatchObject({
      status: 'evaluated',
      evaluation: 5,
    });
    expect((await update({ status: 'accepted' })).statusCode).toBe(409);
    const closed = await events.waitForEvent(
      (e) => e.event.type === 'yiwang.exchange.gridtask.closed.v1',
    );
    expect(closed.event.data).toMatchObject({
      taskId: task.id,
      result: 'resolved',
      withinSla: true,
    });
    const types = events.events
      .filter((e) => e.event.subject === task.id)
      .map((e) => e.event.type.split('.')[3]);
    await events.waitForEvent((e) => e.event.type === 'yiwang.exchange.gridtask.evaluated.v1');
    expect(types.slice(0, 6)).toEqual([
      'dispatched',
      'updated',
      'updated',
      'updated',
      'updated',
      'closed',
    ]);
  });

  it("records a worker's report on the task with the hazard it came from", async () => {
    const task = await taskFor('HZ-2026-0007');
    const body = {
      gridCellId: 'cell-7',
      category: 'safety-hazard',
      summary: 'Flange replaced; pressure test passed',
      position: { lat: 30.8712, lng: 120.0934 },
      photos: ['photo-10'],
      reportedAt: new Date().toISOString(),
      taskId: task.id,
    };
    const res = await call(ex, 'POST', '/v1/grid/reports', body, worker, ['330502']);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      hazardId: 'HZ-2026-0007',
      worker: 'u-test',
      region: '330502',
    });
    const received = await events.waitForEvent(
      (e) => e.event.type === 'yiwang.exchange.gridreport.received.v1',
    );
    expect(received.event.data).toMatchObject({
      taskId: task.id,
      hazardId: 'HZ-2026-0007',
      category: 'safety-hazard',
      position: { lat: 30.8712 },
    });
    const elsewhere = await call(ex, 'POST', '/v1/grid/reports', body, worker, ['330521']);
    expect(elsewhere.json()).toMatchObject({ code: 'EXCHANGE.GRID_CELL_FORBIDDEN' });
    const wrongTask = await call(
      ex,
      'POST',
      '/v1/grid/reports',
      { ...body, taskId: 'gt-nope' },
      worker,
    );
    expect(wrongTask.json()).toMatchObject({ status: 422, code: 'EXCHANGE.GRID_TASK_UNKNOWN' });
  });

  it('turns an escalated alarm into an alarm check for the cell', async () => {
    await ex.publish(alarmEscalated('AL-42', uscc(7)));
    const task = await taskFor('AL-42');
    expect(task).toMatchObject({ gridCellId: 'cell-7', status: 'dispatched' });
    const detail = await call(ex, 'GET', `/v1/grid/tasks/${task.id}`, undefined, worker);
    expect(detail.json()).toMatchObject({ category: 'alarm-check', origin: 'iot-alarm' });
    const outside = await call(ex, 'GET', `/v1/grid/tasks/${task.id}`, undefined, worker, [
      '330521',
    ]);
    expect(outside.statusCode).toBe(403);
  });
});
