// Test data: valid USCCs, a grid cell, enterprises, departments and foreign events.
import {
  createEvent,
  hazards,
  iot,
  newEventId,
  usccCheckDigit,
  type CloudEvent,
} from '@yiwang/contracts';
import type { Exchange } from './harness.js';

/** A valid USCC built from a 1–9 digit serial (region 330502). */
export function uscc(serial: number): string {
  const first17 = `91330502${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckDigit(first17);
}

/** Sends a request as a role and returns the response. */
export async function call(
  ex: Exchange,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  roles: string[] = ['admin'],
  regions: string[] = ['330500'],
) {
  const token = await ex.token(roles, regions);
  return ex.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

/** Registers cell `cell-<n>` in 330502. */
export async function putCell(ex: Exchange, id = 'cell-1', worker = 'worker-1') {
  const res = await call(ex, 'PUT', `/v1/grid/cells/${id}`, {
    region: '330502',
    township: 'zhihu',
    name: `Cell ${id}`,
    worker,
  });
  if (res.statusCode >= 300) throw new Error(`cell: ${res.statusCode} ${res.body}`);
}

/** The PUT body of an enterprise in cell-1. */
export function enterpriseBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '湖州安泰化工有限公司',
    industry: 'hazardous-chemicals',
    region: '330502',
    gridCellId: 'cell-1',
    standardisationLevel: '2',
    status: 'open',
    ...overrides,
  };
}

/** Registers a department; returns its API key. */
export async function registerDepartment(
  ex: Exchange,
  code: string,
  rules: { type: string; fields: string[] }[],
  options: { channels?: string[]; regions?: string[]; expiresOn?: string; kind?: string } = {},
): Promise<string> {
  const res = await call(ex, 'POST', '/v1/departments', {
    code,
    name: `Department ${code}`,
    kind: options.kind ?? 'industry-department',
    channels: options.channels ?? ['pull', 'webhook', 'nats'],
    policy: {
      rules,
      regions: options.regions ?? ['330500'],
      legalBasis: '湖州市安全生产信息共享协议 2026',
      expiresOn: options.expiresOn ?? '2099-12-31',
    },
  });
  if (res.statusCode !== 201) throw new Error(`department: ${res.statusCode} ${res.body}`);
  return res.json<{ apiKey: string }>().apiKey;
}

/** A `hazards.hazard.reported` event as the hazards service would publish it. */
export function hazardReported(hazardId: string, enterprise: string, sequence = 1): CloudEvent {
  return createEvent(hazards.hazardReported, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: hazardId,
    region: '330502',
    sequence,
    enterprise,
    data: {
      hazardId,
      enterpriseName: '湖州安泰化工有限公司',
      industry: 'hazardous-chemicals',
      source: 'inspection',
      category: 'equipment',
      summary: 'Corroded flange on the chlorine line',
      foundAt: new Date().toISOString(),
      foundBy: 'inspector-7',
      photos: ['photo-1'],
    } as never,
  });
}

/** An `iot.alarm.escalated` event. */
export function alarmEscalated(alarmId: string, enterprise: string): CloudEvent {
  return createEvent(iot.alarmEscalated, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: alarmId,
    region: '330502',
    sequence: 3,
    enterprise,
    data: {
      alarmId,
      tier: 'enterprise-principal',
      unacknowledgedSeconds: 700,
      warning: 'orange',
      escalatedAt: new Date().toISOString(),
    },
  });
}
