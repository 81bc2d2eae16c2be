// Accident direct reports over HTTP: the level from the worst measure, a late report flagged
// (迟报), a revision that raises the level inside the window and one refused after it,
// enterprise/region access.
import { captureEvents, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
let capture: EventCapture;
const ACME = uscc(601);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME, sub: 'principal-1' };
const outsider: TokenClaims = { roles: ['inspector'], regions: ['330503'] };
const DAY = 86_400_000;

beforeAll(async () => {
  hz = await startHazards();
  capture = await captureEvents(hz.nc, `${hz.prefix}.hazards.accident.>`);
});
afterAll(async () => {
  await capture.stop();
  await hz.close();
});

const at = (offsetMinutes: number) =>
  new Date(hz.clock.now().getTime() + offsetMinutes * 60_000).toISOString();
function body(extra: Record<string, unknown> = {}) {
  return {
    uscc: ACME,
    region: '330502',
    industry: 'manufacturing',
    kind: 'machinery',
    place: 'Workshop 2',
    occurredAt: at(-50),
    learnedAt: at(-45),
    summary: 'Hand caught in a press',
    deaths: 2,
    seriousInjuries: 9,
    directLossFen: 999_999_999,
    ...extra,
  };
}

describe('accident reports', () => {
  it('computes the level, flags a late report, and revises within 30 days', async () => {
    const res = await call(hz, 'POST', '/v1/accidents', body(), acme);
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<{ id: string }>();
    expect(a).toMatchObject({ level: 'general', timeliness: 'on-time', region: '330502' });
    const late = await call(
      hz,
      'POST',
      '/v1/accidents',
      body({ occurredAt: at(-70), learnedAt: at(-61), deaths: 3 }),
      acme,
    );
    expect(late.json()).toMatchObject({ level: 'larger', timeliness: 'late' });
    const lateId = late.json<{ id: string }>().id;
    await capture.waitForEvent(
      (e) => e.event.subject === lateId && e.event.type.endsWith('concealment-flagged.v1'),
    );

    hz.clock.advance(10 * DAY);
    const revised = await call(
      hz,
      'POST',
      `/v1/accidents/${a.id}/revisions`,
      { deaths: 10, seriousInjuries: 9, directLossFen: 0, reason: 'Died in hospital' },
      acme,
    );
    expect(revised.json()).toMatchObject({ deaths: 10, level: 'major', revision: 1 });
    const event = await capture.waitForEvent(
      (e) => e.event.subject === a.id && e.event.type.endsWith('level-revised.v1'),
    );
    expect(event.event.data).toMatchObject({
      previousLevel: 'general',
      level: 'major',
      revision: 1,
    });
    hz.clock.advance(21 * DAY);
    const closed = await call(
      hz,
      'POST',
      `/v1/accidents/${a.id}/revisions`,
      { deaths: 11, seriousInjuries: 0, directLossFen: 0, reason: 'x' },
      acme,
    );
    expect(closed.statusCode).toBe(422);
    expect(closed.json()).toMatchObject({ code: 'HAZARDS.REVISION_WINDOW_CLOSED' });
  });
  it('enterprises report only their own; inspectors only in their regions', async () => {
    expect(
      (await call(hz, 'POST', '/v1/accidents', body({ uscc: uscc(602) }), acme)).statusCode,
    ).toBe(403);
    expect((await call(hz, 'POST', '/v1/accidents', body(), outsider)).statusCode).toBe(403);
    const res = await call(hz, 'POST', '/v1/accidents', body(), acme);
    const id = res.json<{ id: string }>().id;
    expect((await call(hz, 'GET', `/v1/accidents/${id}`, undefined, outsider)).statusCode).toBe(
      403,
    );
    expect(
      (
        await call(hz, 'GET', `/v1/accidents/${id}`, undefined, {
          roles: ['enterprise'],
          dept: uscc(602),
        })
      ).statusCode,
    ).toBe(403);
    expect((await call(hz, 'GET', `/v1/accidents/${id}`, undefined, acme)).statusCode).toBe(200);
  });
  it('an unknown enterprise without region and industry is refused; a directory one is enough', async () => {
    const { region: _r, industry: _i, ...bare } = body();
    const res = await call(hz, 'POST', '/v1/accidents', bare, acme);
    expect(res.json()).toMatchObject({ code: 'HAZARDS.ENTERPRISE_UNKNOWN' });
    await hz.publish(enterpriseRegistered(ACME));
    const { waitFor } = await import('@yiwang/testing');
    await waitFor(
      async () => (await call(hz, 'POST', '/v1/accidents', bare, acme)).statusCode === 201,
    );
  });
});
