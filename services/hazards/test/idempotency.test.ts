// Idempotency-Key on creates: a retried (or concurrently repeated) report opens one case and
// returns it again; the same key with another body is 409; keys are per caller.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService, type TokenClaims } from './support/harness.js';

let hz: HazardsService;
const ACME = uscc(901);
const acme: TokenClaims = { roles: ['enterprise'], dept: ACME };
const staff: TokenClaims = { roles: ['inspector'], regions: ['330502'], sub: 'insp-2' };
const report = { uscc: ACME, category: 'site', summary: 'Blocked exit' };
const accident = {
  uscc: ACME,
  kind: 'fire',
  place: 'Warehouse 2',
  occurredAt: '2026-03-02T01:00:00Z',
  learnedAt: '2026-03-02T01:30:00Z',
  summary: 'Small fire',
  deaths: 0,
  seriousInjuries: 1,
  directLossFen: 100,
};

beforeAll(async () => {
  hz = await startHazards();
  await hz.publish(enterpriseRegistered(ACME));
  await waitFor(async () => (await send('/v1/hazards', report, acme)).statusCode === 201);
});
afterAll(async () => {
  await hz.close();
});

async function send(url: string, body: unknown, claims: TokenClaims, key?: string) {
  const authorization = `Bearer ${await hz.token(claims)}`;
  const headers = key === undefined ? { authorization } : { authorization, 'idempotency-key': key };
  return hz.app.inject({ method: 'POST', url, headers, payload: body as Record<string, unknown> });
}
async function count(claims: TokenClaims): Promise<number> {
  const res = await hz.app.inject({
    method: 'GET',
    url: `/v1/hazards?uscc=${ACME}&limit=100`,
    headers: { authorization: `Bearer ${await hz.token(claims)}` },
  });
  return res.json<{ items: unknown[] }>().items.length;
}

describe('Idempotency-Key', () => {
  it('a retried or concurrent report opens one case and answers it again', async () => {
    const before = await count(acme);
    const answers = await Promise.all(
      [0, 1, 2, 3].map(() => send('/v1/hazards', report, acme, 'retry-key-0001')),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((r) => r.json<{ id: string }>().id)).size).toBe(1);
    expect(answers.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
    expect(await count(acme)).toBe(before + 1);

    const other = await send('/v1/hazards', { ...report, summary: 'x' }, acme, 'retry-key-0001');
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ code: 'HAZARDS.IDEMPOTENCY_CONFLICT' });
    const staffBody = { ...report, region: '330502' };
    const byStaff = await send('/v1/hazards', staffBody, staff, 'retry-key-0001');
    expect(byStaff.statusCode).toBe(201);
    expect(await count(acme)).toBe(before + 2);
  });

  it('a retried accident report files one report', async () => {
    const first = await send('/v1/accidents', accident, acme, 'acc-key-0001');
    const again = await send('/v1/accidents', accident, acme, 'acc-key-0001');
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const fresh = await send('/v1/accidents', accident, acme, 'acc-key-0002');
    expect(fresh.json<{ id: string }>().id).not.toBe(first.json<{ id: string }>().id);
  });
});
