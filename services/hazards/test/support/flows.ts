// Case flows the integration tests share: a general case being rectified, a major case being
// rectified (graded, double-reported, plan submitted, rectification started).
import { expect } from 'vitest';
import { call } from './fixtures.js';
import type { HazardsService, TokenClaims } from './harness.js';

const PARTS = [
  'goalsAndTasks',
  'methodsAndMeasures',
  'fundsAndMaterials',
  'responsibleBodyAndPeople',
  'deadlineAndRequirements',
  'safetyAndEmergencyMeasures',
];

/** POSTs and expects a 2xx; returns the JSON body. */
export async function post<T = { id: string }>(
  hz: HazardsService,
  url: string,
  body: unknown,
  claims: TokenClaims,
): Promise<T> {
  const res = await call(hz, 'POST', url, body, claims);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json<T>();
}

/** Opens a case of `uscc` as its enterprise; returns the id. */
export async function openCase(hz: HazardsService, uscc: string): Promise<string> {
  const claims = { roles: ['enterprise'], dept: uscc };
  const body = { uscc, region: '330502', category: 'site', summary: 's' };
  return (await post(hz, '/v1/hazards', body, claims)).id;
}

/** A general case in `rectifying` (deadline today + 7 days). */
export async function generalRectifying(
  hz: HazardsService,
  uscc: string,
  staff: TokenClaims,
): Promise<string> {
  const id = await openCase(hz, uscc);
  await post(hz, `/v1/hazards/${id}/grade`, { level: 'general', stopRequired: 'none' }, staff);
  return id;
}

/** A major case in `rectifying` with the plan's completion date as its deadline. */
export async function majorRectifying(
  hz: HazardsService,
  uscc: string,
  staff: TokenClaims,
  plannedCompletion: string,
): Promise<string> {
  const acme = { roles: ['enterprise'], dept: uscc };
  const id = await openCase(hz, uscc);
  const h = `/v1/hazards/${id}`;
  const checklist = { standard: 'gongmao-2023', itemId: '13-1' };
  await post(hz, `${h}/grade`, { level: 'major', stopRequired: 'full', checklist }, staff);
  const at = hz.clock.now().toISOString();
  await post(hz, `${h}/double-report`, { toRegulatorAt: at, toWorkersCongressAt: at }, acme);
  const parts = Object.fromEntries(PARTS.map((p, i) => [p, `doc-${i}`]));
  await post(hz, `${h}/submit-plan`, { plannedCompletion, fundsFen: 1, parts }, acme);
  await post(hz, `${h}/start-rectification`, {}, acme);
  return id;
}
