// The major hazard installation registry over HTTP: registration graded from R with its
// event, one per enterprise and name, access by ownership and region, filters and pages,
// re-assessment, and one reassessment-due per due date with two instances sweeping.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../src/app/sweep-deadlines.js';
import { call, enterpriseRegistered, uscc } from './support/fixtures.js';
import { post } from './support/flows.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let a: HazardsService;
let b: HazardsService;
let capture: EventCapture;
const ACME = uscc(701);
const OTHER = uscc(702);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const staff: TokenClaims = { roles: ['inspector'], regions: ['330502'] };
const elsewhere: TokenClaims = { roles: ['inspector'], regions: ['330521'] };
const DAY = 86_400_000;
const chlorine = { name: '氯', casNumber: '7782-50-5', quantityTonnes: 20, criticalTonnes: 5 };
const body = (name: string, rValue: number, extra: Record<string, unknown> = {}) => ({
  uscc: ACME,
  name,
  substances: [chlorine],
  rValue,
  sensorIds: ['gas-1', 'gas-2'],
  lastAssessedOn: '2023-04-01',
  ...extra,
});

beforeAll(async () => {
  a = await startHazards();
  b = await startHazards({ shareWith: a });
  capture = await captureEvents(a.nc, `${a.prefix}.hazards.installation.*.*`);
  await a.publish(enterpriseRegistered(ACME));
  await waitFor(
    async () =>
      (await call(a, 'POST', '/v1/installations', body('probe', 1), acme)).statusCode === 201,
  );
});
afterAll(async () => {
  await capture.stop();
  await b.close();
  await a.close();
});

describe('installations', () => {
  it('registers graded from R with the re-assessment due 3 years after the last one', async () => {
    const i = await post<Record<string, unknown>>(
      a,
      '/v1/installations',
      body('液氯储罐区', 120),
      acme,
    );
    expect(i).toMatchObject({
      grade: 1,
      region: '330502',
      nextAssessmentDue: '2026-04-01',
      reassessmentDue: false,
    });
    await waitFor(() => capture.events.some((e) => e.event.subject === i['id']));
    const event = capture.events.find((e) => e.event.subject === i['id'])?.event;
    expect(event).toMatchObject({
      type: 'yiwang.hazards.installation.registered.v1',
      enterprise: ACME,
    });
    expect(event?.data).toMatchObject({ grade: 1, rValue: 120, sensorIds: ['gas-1', 'gas-2'] });

    const again = await call(a, 'POST', '/v1/installations', body('液氯储罐区', 120), acme);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'HAZARDS.INSTALLATION_EXISTS',
      installationId: i['id'],
    });
    const small = body('小仓库', 1, { substances: [{ ...chlorine, quantityTonnes: 1 }] });
    expect((await call(a, 'POST', '/v1/installations', small, acme)).json()).toMatchObject({
      code: 'HAZARDS.NOT_MAJOR_HAZARD',
    });
  });

  it('enterprises reach only their own, inspectors only their regions', async () => {
    const other = await call(
      a,
      'POST',
      '/v1/installations',
      { ...body('x', 5), uscc: OTHER, region: '330502' },
      acme,
    );
    expect(other.statusCode).toBe(403);
    const outside = await call(a, 'POST', '/v1/installations', body('y', 5), elsewhere);
    expect(outside.statusCode).toBe(403);
    const mine = await post(a, '/v1/installations', body('甲醇罐区', 30), staff);
    expect(
      (await call(a, 'GET', `/v1/installations/${mine.id}`, undefined, elsewhere)).statusCode,
    ).toBe(403);
    const foreign = { roles: ['enterprise'], dept: OTHER };
    expect(
      (await call(a, 'GET', `/v1/installations/${mine.id}`, undefined, foreign)).statusCode,
    ).toBe(403);
    expect(
      (await call(a, 'GET', `/v1/installations?uscc=${ACME}`, undefined, foreign)).statusCode,
    ).toBe(403);
  });

  it('lists by grade and due date, in cursor pages', async () => {
    const grade3 = (await call(a, 'GET', '/v1/installations?grade=3', undefined, staff)).json<{
      items: { name: string }[];
    }>();
    expect(grade3.items.map((i) => i.name)).toEqual(['甲醇罐区']);
    const first = (await call(a, 'GET', '/v1/installations?limit=2', undefined, acme)).json<{
      items: unknown[];
      next: string;
    }>();
    expect(first.items).toHaveLength(2);
    const rest = (
      await call(a, 'GET', `/v1/installations?limit=2&cursor=${first.next}`, undefined, acme)
    ).json<{ items: unknown[] }>();
    expect(rest.items).toHaveLength(1);
    const due = (
      await call(a, 'GET', '/v1/installations?dueBy=2026-04-30', undefined, staff)
    ).json<{ items: unknown[] }>();
    expect(due.items).toHaveLength(3);
  });

  it('reminds once per due date with two instances, and a re-assessment moves the date', async () => {
    const list = (await call(a, 'GET', '/v1/installations', undefined, staff)).json<{
      items: { id: string; name: string }[];
    }>();
    const tank = list.items.find((i) => i.name === '液氯储罐区')?.id ?? '';
    a.clock.advance(2 * DAY); // 2026-03-04: within 30 days of 2026-04-01
    const runs = await Promise.all(
      [0, 1, 2].flatMap(() => [sweepDeadlines(a.deps), sweepDeadlines(b.deps)]),
    );
    expect(runs.reduce((x, y) => x + y, 0)).toBe(3);
    const due = () => capture.events.filter((e) => e.event.type.endsWith('reassessment-due.v1'));
    await waitFor(() => due().length === 3);
    expect(due().find((e) => e.event.subject === tank)?.event.data).toMatchObject({
      grade: 1,
      dueOn: '2026-04-01',
      lastAssessedOn: '2023-04-01',
    });

    const re = { rValue: 45, assessmentReportId: 'rep-9', sensorIds: ['gas-3'] };
    const graded = await post<Record<string, unknown>>(
      a,
      `/v1/installations/${tank}/assessments`,
      re,
      acme,
    );
    expect(graded).toMatchObject({
      grade: 3,
      lastAssessedOn: '2026-03-04',
      nextAssessmentDue: '2029-03-04',
      sensorIds: ['gas-3'],
    });
    await waitFor(() =>
      capture.events.some((e) => e.event.type.endsWith('installation.graded.v1')),
    );
    expect(
      capture.events.find((e) => e.event.type.endsWith('installation.graded.v1'))?.event.data,
    ).toMatchObject({ grade: 3, previousGrade: 1 });
    expect(await sweepDeadlines(a.deps)).toBe(0);
    expect(due()).toHaveLength(3);
  });
});
