// gridtask.overdue joins the trace the task was dispatched in: the grid sweeper runs on a
// timer, outside any request or event, so without the stored traceparent the SLA breach would
// start a trace of its own, cut off from the hazard that caused the task.
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGridSweeper } from '../src/sweeper/grid-sweeper.js';
import { call, enterpriseBody, hazardReported, putCell, uscc } from './support/fixtures.js';
import { startExchange, type Exchange } from './support/harness.js';

let ex: Exchange;
let events: EventCapture;
const ACME = uscc(61);
const HAZARD_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

beforeAll(async () => {
  ex = await startExchange();
  events = await captureEvents(ex.nc, `${ex.prefix}.exchange.gridtask.>`);
  await putCell(ex, 'cell-61', 'worker-61');
  const put = await call(
    ex,
    'PUT',
    `/v1/enterprises/${ACME}`,
    enterpriseBody({ gridCellId: 'cell-61' }),
    ['directory-clerk'],
  );
  expect(put.statusCode).toBe(201);
});
afterAll(async () => {
  await events.stop();
  await ex.close();
});

const traceIdOf = (traceparent: string | undefined) => traceparent?.split('-')[1];

describe('grid sweeper and traces', () => {
  it('gridtask.overdue continues the trace of the hazard that dispatched the task', async () => {
    await ex.publish({
      ...hazardReported('HZ-2026-0061', ACME),
      traceparent: `00-${HAZARD_TRACE}-00f067aa0ba902b7-01`,
    });
    const dispatched = await events.waitForEvent((e) =>
      e.event.type.endsWith('gridtask.dispatched.v1'),
    );
    ex.clock.advance(73 * 3_600_000); // past the default SLA of 72 hours
    expect(await makeGridSweeper(ex.deps).runOnce()).toBe(1);

    const overdue = await events.waitForEvent(
      (e) =>
        e.event.type.endsWith('gridtask.overdue.v1') &&
        e.event.subject === dispatched.event.subject,
    );
    expect(traceIdOf(dispatched.headers['traceparent'])).toBe(HAZARD_TRACE);
    expect(traceIdOf(overdue.headers['traceparent'])).toBe(HAZARD_TRACE);
  });
});
