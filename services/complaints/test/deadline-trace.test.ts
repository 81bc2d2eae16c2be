// A deadline notice joins the trace its report was received in: the scheduler runs on a timer,
// outside any request, so without the stored traceparent complaints.report.due-soon would start
// a trace of its own, and not the trace of the last person who acted on the report either.
// Both intake paths store it: the web/hotline form (a prepared statement) and Open311.
import { complaints } from '@yiwang/contracts';
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDeadlines } from '../src/app/scan-deadlines.js';
import { created, reportBody, toAssigned, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let capture: EventCapture;
beforeAll(async () => {
  h = await startHarness();
  capture = await captureEvents(h.deps.bus.nats.nc, `${h.prefix}.complaints.report.due-soon.*`);
});
afterAll(async () => {
  await capture.stop();
  await h.close();
});

const RECEIVED_IN = '4bf92f3577b34da6a3ce929d0e0e4736';
const traceparent = `00-${RECEIVED_IN}-00f067aa0ba902b7-01`;
const traceIdOf = (value: string | undefined) => value?.split('-')[1];

/** Takes report `id` to its verification due-soon notice; returns the notice. */
async function dueSoonNotice(id: string) {
  // triage, acceptance and assignment come in traces of their own (no traceparent sent)
  await toAssigned(h, id);
  // received 2025-03-03, verification due 2025-05-02: its due-soon notice is owed from 04-25
  h.clock.now = new Date('2025-04-26T01:00:00Z');
  expect(await scanDeadlines(h.deps)).toBeGreaterThan(0);
  return waitFor(() =>
    capture.events.find(
      (e) => e.event.subject === id && e.event.type === complaints.reportDueSoon.type,
    ),
  );
}

describe('deadline notices and traces', () => {
  it('the due-soon notice continues the trace of the intake request', async () => {
    h.clock.now = new Date('2025-03-03T02:00:00Z');
    const { id } = await created(h, reportBody(), { traceparent });

    const notice = await dueSoonNotice(id);
    expect(traceIdOf(notice.headers['traceparent'])).toBe(RECEIVED_IN);
    expect(traceIdOf(notice.event['traceparent'] as string | undefined)).toBe(RECEIVED_IN);
  });

  it('so does the notice of a report received through Open311', async () => {
    h.clock.now = new Date('2025-03-03T02:00:00Z');
    const registered = await h.app.inject({
      method: 'POST',
      url: '/v1/open311/clients',
      payload: { name: 'Huzhou civic app' },
      headers: { authorization: `Bearer ${await h.token('supervisor')}` },
    });
    const { apiKey } = registered.json<{ apiKey: string }>();
    const posted = await h.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded', traceparent },
      payload: new URLSearchParams({
        api_key: apiKey,
        service_code: 'major-hazard',
        jurisdiction_id: '330502',
        address_string: 'Gate 2, 8 Industrial Road',
        description: 'Forklifts charging next to the solvent store.',
        'attribute[enterprise_uscc]': uscc(),
      }).toString(),
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const [answer] = posted.json<{ service_request_id: string }[]>();

    const notice = await dueSoonNotice(answer?.service_request_id ?? '');
    expect(traceIdOf(notice.headers['traceparent'])).toBe(RECEIVED_IN);
  });
});
