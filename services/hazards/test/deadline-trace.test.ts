// A deadline event joins the trace its case was opened in: the sweeper runs on a timer, outside
// any request, so without the stored traceparent hazards.hazard.overdue would start a trace of
// its own and the flow (report → case → overdue → credit) would break in two.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/app/sweep-deadlines.js';
import { enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
let capture: EventCapture;
const ACME = uscc(731);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const staff: TokenClaims = { roles: ['inspector'], regions: ['330502'] };
const OPENED_IN = '4bf92f3577b34da6a3ce929d0e0e4736';
const GRADED_IN = '0af7651916cd43dd8448eb211c80319c';
const DAY = 86_400_000;

beforeAll(async () => {
  hz = await startHazards();
  capture = await captureEvents(hz.nc, `${hz.prefix}.hazards.hazard.overdue.*`);
  await hz.publish(enterpriseRegistered(ACME));
});
afterAll(async () => {
  await capture.stop();
  await hz.close();
});

/** A request made in trace `traceId` (as a browser or the e2e client sends it). */
async function post(url: string, body: unknown, claims: TokenClaims, traceId: string) {
  const res = await hz.app.inject({
    method: 'POST',
    url,
    headers: {
      authorization: `Bearer ${await hz.token(claims)}`,
      traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
    },
    payload: body as Record<string, unknown>,
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json<{ id: string }>();
}

const traceIdOf = (traceparent: string | undefined) => traceparent?.split('-')[1];

describe('deadline events and traces', () => {
  it('hazard.overdue raised by the sweeper continues the trace that opened the case', async () => {
    const { id } = await post(
      '/v1/hazards',
      { uscc: ACME, region: '330502', category: 'site', summary: 'Blocked exit' },
      acme,
      OPENED_IN,
    );
    await post(
      `/v1/hazards/${id}/grade`,
      { level: 'general', stopRequired: 'none' },
      staff,
      GRADED_IN,
    );
    hz.clock.advance(30 * DAY);
    expect(await sweepDeadlines(hz.deps)).toBeGreaterThan(0);

    const overdue = await waitFor(() => capture.events.find((e) => e.event.subject === id));
    expect(traceIdOf(overdue.headers['traceparent'])).toBe(OPENED_IN);
    expect(traceIdOf(overdue.event['traceparent'] as string | undefined)).toBe(OPENED_IN);
  });
});
