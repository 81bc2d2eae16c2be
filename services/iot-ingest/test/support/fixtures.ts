// Test data: valid USCCs, gateways and sensors registered through the API, readings posted
// as a gateway, requests as a role.
import {
  createEvent,
  exchange,
  newEventId,
  usccCheckDigit,
  type CloudEvent,
} from '@yiwang/contracts';
import { expect } from 'vitest';
import type { IotService, TokenClaims } from './harness.js';

/** A valid USCC built from a 1–9 digit serial (region 330502). */
export function uscc(serial: number): string {
  const first17 = `91330502${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckDigit(first17);
}

/** Sends a request with a token of `claims` (anonymous when null). */
export async function call(
  svc: IotService,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  claims: TokenClaims | null = { roles: ['inspector'] },
) {
  const headers: Record<string, string> =
    claims === null ? {} : { authorization: `Bearer ${await svc.token(claims)}` };
  return svc.app.inject({
    method,
    url,
    headers,
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

/** Registers gateway `id` of `owner` (region 330502) and returns its API key. */
export async function gateway(svc: IotService, id: string, owner: string): Promise<string> {
  const res = await call(svc, 'PUT', `/v1/gateways/${id}`, {
    uscc: owner,
    name: id,
    region: '330502',
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ apiKey: string }>().apiKey;
}

/** Registers a sensor on a gateway (default: combustible gas, GB/T 50493 limits). */
export async function sensor(
  svc: IotService,
  id: string,
  gatewayId: string,
  spec: Record<string, unknown> = { kind: 'combustible-gas', unit: 'percent-lel' },
) {
  const res = await call(svc, 'PUT', `/v1/sensors/${id}`, { gatewayId, ...spec });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json<Record<string, unknown>>();
}

/** One reading `seconds` after the test clock's start. */
export function at(svc: IotService, seconds: number): string {
  return new Date(svc.start + seconds * 1000).toISOString();
}

/** The outcome of a batch. */
export interface Ingested {
  accepted: number;
  stored: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
}

/** Posts readings as the gateway of `key` (JSON, or NDJSON when `ndjson`). */
export async function post(
  svc: IotService,
  key: string | undefined,
  readings: unknown[],
  ndjson = false,
) {
  return svc.app.inject({
    method: 'POST',
    url: '/v1/readings',
    headers: {
      ...(key === undefined ? {} : { 'x-api-key': key }),
      'content-type': ndjson ? 'application/x-ndjson' : 'application/json',
    },
    payload: ndjson
      ? readings.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')
      : JSON.stringify({ readings }),
  });
}

/** Posts and expects 200; returns the outcome. */
export async function ingest(svc: IotService, key: string, readings: unknown[]): Promise<Ingested> {
  const res = await post(svc, key, readings);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Ingested>();
}

/** `exchange.enterprise.registered` of enterprise `id`. */
export function enterpriseRegistered(id: string, region = '330502'): CloudEvent {
  return createEvent(exchange.enterpriseRegistered, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: id,
    region,
    sequence: 1,
    enterprise: id,
    data: {
      uscc: id,
      name: '湖州安泰化工有限公司',
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
