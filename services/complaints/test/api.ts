// Small request helpers over app.inject().
import { usccCheckDigit } from '@yiwang/contracts';
import type { Harness } from './harness.js';

/** A valid USCC built from a 17-character stem. */
export const uscc = (stem = '91330502MA2B3C4D5'): string => `${stem}${usccCheckDigit(stem)}`;

export const reportBody = (over: Record<string, unknown> = {}) => ({
  channel: 'web',
  category: 'major-hazard',
  description: 'The gas detector in workshop 3 has been switched off for a month.',
  occurredOn: '2025-03-01',
  location: { region: '330502', address: 'Workshop 3, 8 Industrial Rd', lat: 30.87, lng: 120.09 },
  enterprise: { uscc: uscc(), name: 'Huzhou Example Chemicals Co.' },
  ...over,
});

export async function submit(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  return h.app.inject({ method: 'POST', url: '/v1/reports', payload: body as object, headers });
}

/** Submits and returns the created ids, failing loudly otherwise. */
export async function created(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  const res = await submit(h, body, headers);
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string; trackingCode: string; accessKey: string }>();
}

/** POST /v1/reports/{id}/{action} as `role`. */
export async function act(
  h: Harness,
  id: string,
  action: string,
  role: string,
  body: object = {},
  regions?: string[],
) {
  return h.app.inject({
    method: 'POST',
    url: `/v1/reports/${id}/${action}`,
    payload: body,
    headers: { authorization: `Bearer ${await h.token(role, regions)}` },
  });
}

/** Like act, expecting 200; returns the report view. */
export async function ok(h: Harness, id: string, action: string, role: string, body: object = {}) {
  const res = await act(h, id, action, role, body);
  if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown> & { status: string; reward: Record<string, unknown> }>();
}

/** Takes a report through triage, acceptance and assignment. */
export async function toAssigned(h: Harness, id: string, industry = 'hazardous-chemicals') {
  await ok(h, id, 'triage', 'operator', {
    category: 'major-hazard',
    summaryCode: 'HC-012',
    industry,
  });
  await ok(h, id, 'accept', 'operator');
  return ok(h, id, 'assign', 'supervisor', { unit: 'unit-wuxing-chem' });
}

export const DAY = 86_400_000;
