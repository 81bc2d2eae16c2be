// Show: a hotline call end to end, through a hazards.hazard.closed event on NATS, to a claimed
// reward; and an anonymous web report followed through tracking.
import { complaints, createEvent, eventSubject, hazards, newEventId } from '@yiwang/contracts';
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, created, ok, reportBody, toAssigned } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let capture: EventCapture;

beforeAll(async () => {
  h = await startHarness();
  capture = await captureEvents(h.deps.bus.nats.nc, `${h.prefix}.>`);
});
afterAll(async () => {
  await capture.stop();
  await h.close();
});

const ofType = (type: string) => capture.events.filter((e) => e.event.type === type);

describe('a hotline call, end to end', () => {
  it('goes from intake to a claimed reward, reacting to the hazard being closed', async () => {
    const operator = await h.token('operator');
    const report = await created(
      h,
      reportBody({
        channel: 'hotline',
        reporter: { name: '王五', phone: '13912345678', idNumber: '33050219800101123X' },
      }),
      { authorization: `Bearer ${operator}` },
    );
    await toAssigned(h, report.id);
    const verified = await ok(h, report.id, 'verification', 'inspector', {
      result: 'substantiated',
      severity: 'major',
      findings: 'Gas detection disabled in workshop 3; production stopped.',
      fineFen: 100_000_000, // 1,000,000 yuan
      alreadyKnown: false,
    });
    expect(verified.status).toBe('substantiated');
    const substantiated = await capture.waitForEvent(
      (e) => e.event.type === complaints.reportSubstantiated.type,
    );
    expect(substantiated.event.data).toMatchObject({
      reportId: report.id,
      enterprise: reportBody().enterprise.uscc,
      region: '330502',
      severity: 'major',
    });

    // hazards opens a case from it and later closes it: published on NATS like hazards would.
    const closed = createEvent(hazards.hazardClosed, {
      id: newEventId(),
      time: new Date().toISOString(),
      subject: 'HZ-2025-0042',
      region: '330502',
      sequence: 9,
      data: {
        hazardId: 'HZ-2025-0042',
        level: 'major',
        source: 'complaint',
        sourceRef: report.id,
        enterpriseName: 'Huzhou Example Chemicals Co.',
        closedAt: new Date().toISOString(),
        closedBy: 'inspector-7',
      },
    });
    await h.deps.bus.nats.js.publish(
      eventSubject(closed).replace(/^yiwang/, h.prefix),
      JSON.stringify(closed),
      {
        msgID: closed.id,
      },
    );
    const handled = await capture.waitForEvent(
      (e) => e.event.type === complaints.reportHandled.type,
    );
    expect(handled.event.data).toMatchObject({
      reportId: report.id,
      outcome: 'hazard-case',
      hazardId: 'HZ-2025-0042',
    });
    expect(handled.event['causationid']).toBe(closed.id);

    const afterFeedback = await ok(h, report.id, 'feedback', 'operator');
    expect(afterFeedback.status).toBe('feedback-sent');
    const decided = await ok(h, report.id, 'reward-decision', 'supervisor');
    // 15 % of 1,000,000 yuan = 150,000 yuan
    expect(decided.reward).toMatchObject({
      status: 'decided',
      amountFen: 15_000_000,
      basis: 'fine-percentage',
      ruleVersion: '2018.1',
    });
    expect((await ok(h, report.id, 'reward-claim', 'supervisor')).status).toBe('reward-claimed');
    expect((await ok(h, report.id, 'close', 'operator')).status).toBe('closed');

    await capture.waitForEvent((e) => e.event.type === complaints.reportClosed.type);
    const types = capture.events
      .filter((e) => e.event.subject === report.id)
      .map((e) => e.event.type);
    expect(types).toEqual([
      complaints.reportReceived.type,
      complaints.reportTriaged.type,
      complaints.reportAccepted.type,
      complaints.reportAssigned.type,
      complaints.reportSubstantiated.type,
      complaints.reportHandled.type,
      complaints.reportFeedbackSent.type,
      complaints.reportClosed.type,
    ]);
    await waitFor(() => ofType(complaints.rewardClaimed.type).length === 1);
    expect(ofType(complaints.rewardDecided.type)[0]?.event.data).toMatchObject({
      amountFen: 15_000_000,
    });
    const received = ofType(complaints.reportReceived.type)[0]?.event.data;
    expect(received).toMatchObject({ channel: 'hotline', receivedBy: 'operator-1' });
  });

  it('follows an anonymous web report through tracking', async () => {
    const { id, trackingCode, accessKey } = await created(
      h,
      reportBody({ enterprise: { name: 'Another Mill' } }),
    );
    const track = (key: string, code = trackingCode) =>
      h.app.inject({ url: `/v1/reports/track/${code}`, headers: { 'x-access-key': key } });
    const first = await track(accessKey);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'received', reward: { status: 'none' } });

    await ok(h, id, 'triage', 'operator', {
      category: 'general-hazard',
      summaryCode: 'GH-001',
      industry: 'manufacturing',
    });
    await ok(h, id, 'accept', 'operator');
    const verifying = (await track(accessKey)).json<{
      status: string;
      dueDates: { verification: string };
      timeline: unknown[];
    }>();
    expect(verifying.status).toBe('verifying');
    expect(verifying.dueDates.verification).toBe('2025-05-02'); // accepted 2025-03-03 + 60 days
    expect(JSON.stringify(verifying)).not.toMatch(/unit|inspector|operator|findings|summary/i);

    // a wrong key answers exactly like an unknown code
    const wrong = await track('not-the-key');
    const unknown = await track(accessKey, 'ZZZZ-ZZZZ-ZZZZ');
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    const strip = (b: Record<string, unknown>) => ({
      ...b,
      instance: undefined,
      traceId: undefined,
    });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
  });

  it('throttles repeated failed lookups of a tracking code', async () => {
    const { trackingCode } = await created(h, reportBody());
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await h.app.inject({
        url: `/v1/reports/track/${trackingCode}`,
        headers: { 'x-access-key': `guess-${i}` },
      });
      statuses.push(res.statusCode);
    }
    // five failures per client IP (two were spent above) or per code, then 429
    expect(statuses).toEqual([404, 404, 404, 429, 429, 429, 429]);
    const again = await h.app.inject({
      url: `/v1/reports/track/${trackingCode}`,
      headers: { 'x-access-key': 'guess' },
    });
    expect(again.headers['retry-after']).toBeDefined();
    expect(again.json()).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
  });

  it('lets an inspector act only on reports in their regions', async () => {
    const { id } = await created(h, reportBody());
    await toAssigned(h, id);
    const elsewhere = await act(
      h,
      id,
      'verification',
      'inspector',
      { result: 'unsubstantiated', reasonCode: 'cannot-locate', findings: 'x' },
      ['330521'],
    );
    expect(elsewhere.statusCode).toBe(403);
    const read = await h.app.inject({
      url: `/v1/reports/${id}`,
      headers: { authorization: `Bearer ${await h.token('inspector', ['330521'])}` },
    });
    expect(read.statusCode).toBe(403);
  });
});
