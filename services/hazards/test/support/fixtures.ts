// Test data: valid USCCs, directory events of the exchange, requests as a role.
import {
  createEvent,
  exchange,
  newEventId,
  usccCheckDigit,
  type CloudEvent,
} from '@yiwang/contracts';
import type { HazardsService, TokenClaims } from './harness.js';

/** A valid USCC built from a 1–9 digit serial (region 330502). */
export function uscc(serial: number): string {
  const first17 = `91330502${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckDigit(first17);
}

/** Sends a request with a token of `claims` (anonymous when null). */
export async function call(
  hz: HazardsService,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  claims: TokenClaims | null = { roles: ['inspector'] },
) {
  const headers: Record<string, string> =
    claims === null ? {} : { authorization: `Bearer ${await hz.token(claims)}` };
  return hz.app.inject({
    method,
    url,
    headers,
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

/** `exchange.enterprise.registered` of enterprise `id`. */
export function enterpriseRegistered(
  id: string,
  overrides: Partial<{ name: string; region: string; sequence: number }> = {},
): CloudEvent {
  const region = overrides.region ?? '330502';
  return createEvent(exchange.enterpriseRegistered, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: id,
    region,
    sequence: overrides.sequence ?? 1,
    enterprise: id,
    data: {
      uscc: id,
      name: overrides.name ?? '湖州安泰化工有限公司',
      industry: 'hazardous-chemicals',
      highRisk: true,
      highRiskCategory: 'hazardous-chemicals',
      region,
      township: 'zhihu',
      gridCellId: 'cell-1',
      standardisationLevel: '2',
      status: 'open',
      registeredAt: new Date().toISOString(),
    } as never,
  });
}

/** `exchange.enterprise.updated` / `closed` / `reopened` of enterprise `id`. */
export function enterpriseChanged(
  id: string,
  sequence: number,
  change: { name: string } | 'closed' | 'reopened',
): CloudEvent {
  const base = {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: id,
    region: '330502',
    sequence,
    enterprise: id,
  };
  if (change === 'closed') {
    return createEvent(exchange.enterpriseClosed, {
      ...base,
      data: { uscc: id, reason: 'bankrupt', closedOn: '2026-03-01' },
    });
  }
  if (change === 'reopened') {
    return createEvent(exchange.enterpriseReopened, {
      ...base,
      data: { uscc: id, reopenedAt: new Date().toISOString() },
    });
  }
  return createEvent(exchange.enterpriseUpdated, {
    ...base,
    data: { uscc: id, changes: { name: change.name }, updatedAt: new Date().toISOString() },
  });
}
