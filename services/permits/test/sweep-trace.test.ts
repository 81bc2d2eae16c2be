// The sweeper's events join the trace their application or licence was opened in: the sweeper
// runs on a timer, outside any request, so without the stored traceparent a deemed acceptance
// or an expiry would start a trace of its own, cut off from the filing or the issuing.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../src/app/sweep.js';
import { findEnterprise } from '../src/db/enterprises.js';
import { CONDITIONS } from '../src/domain/conditions.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { BOSS, enterprise, readyForDecision, step, type AppView } from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;
let capture: EventCapture;
const ACME = uscc(131);
const HOLDER = uscc(132);
const DRAFTED_IN = '4bf92f3577b34da6a3ce929d0e0e4736';
const ISSUED_IN = '0af7651916cd43dd8448eb211c80319c';
const DAY = 86_400_000;
const traceIdOf = (traceparent: string | undefined) => traceparent?.split('-')[1];

beforeAll(async () => {
  pm = await startPermits();
  capture = await captureEvents(pm.nc, `${pm.prefix}.permits.>`);
  for (const id of [ACME, HOLDER]) {
    // not high-risk: insurance is no precondition over the years the test moves through
    await pm.publish(enterpriseRegistered(id, false));
    await waitFor(async () => (await findEnterprise(pm.deps.database.db, id)) !== undefined);
  }
});
afterAll(async () => {
  await capture.stop();
  await pm.close();
});

describe('sweeps and traces', () => {
  it('a deemed acceptance continues the trace the application was drafted in', async () => {
    const drafted = await call(
      pm,
      'POST',
      '/v1/permits/applications',
      { uscc: ACME, licenceType: 'hazchem-operation', kind: 'new', scope: '剧毒化学品 (储存)' },
      enterprise(ACME),
      { traceparent: `00-${DRAFTED_IN}-00f067aa0ba902b7-01` },
    );
    expect(drafted.statusCode, drafted.body).toBe(201);
    const { id } = drafted.json<AppView>();
    // the evidence and the submission come in traces of their own (no traceparent sent)
    for (const condition of CONDITIONS) {
      const documents = [`doc-${condition}`];
      await step(pm, id, 'evidence', { condition, documents }, enterprise(ACME));
    }
    await step(pm, id, 'submit', {}, enterprise(ACME));

    pm.clock.advance(8 * DAY); // no defect notice within 5 working days
    expect((await sweep(pm.deps)).deemed).toBe(1);
    const accepted = await capture.waitForEvent(
      (e) => e.event.subject === id && e.event.type === 'yiwang.permits.application.accepted.v1',
    );
    expect(traceIdOf(accepted.headers['traceparent'])).toBe(DRAFTED_IN);
    expect(traceIdOf(accepted.event['traceparent'] as string | undefined)).toBe(DRAFTED_IN);
  });

  it('a licence expiry continues the trace the licence was issued in', async () => {
    const a = await readyForDecision(pm, HOLDER);
    const decided = await call(
      pm,
      'POST',
      `/v1/permits/applications/${a.id}/decision`,
      { outcome: 'approved' },
      BOSS,
      { traceparent: `00-${ISSUED_IN}-00f067aa0ba902b7-01` },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const { licenceId, validUntil } = decided.json<{
      licence: { licenceId: string; validUntil: string };
    }>().licence;

    // 02:00 in Huzhou (UTC+8) the day after its last valid day
    pm.clock.advance(Date.parse(`${validUntil}T18:00:00Z`) - pm.clock.now().getTime());
    expect((await sweep(pm.deps)).expired).toBe(1);
    const expired = await capture.waitForEvent(
      (e) => e.event.subject === licenceId && e.event.type === 'yiwang.permits.licence.expired.v1',
    );
    expect(traceIdOf(expired.headers['traceparent'])).toBe(ISSUED_IN);
    expect(traceIdOf(expired.event['traceparent'] as string | undefined)).toBe(ISSUED_IN);
  });
});
