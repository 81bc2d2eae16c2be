// Show: an Open311 GeoReport v2 round trip with a generic client over real HTTP (service list →
// post → get by token → get request); reporter fields are never returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, uscc } from './api.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  base = `${await h.app.listen({ port: 0, host: '127.0.0.1' })}/open311/v2`;
});
afterAll(async () => h.close());

/** A generic GeoReport v2 client: GET JSON, POST form-encoded. */
const client = {
  get: async (path: string) => {
    const res = await fetch(`${base}/${path}`);
    return { status: res.status, body: await res.json() };
  },
  post: async (path: string, form: Record<string, string>) => {
    const res = await fetch(`${base}/${path}`, { method: 'POST', body: new URLSearchParams(form) });
    return { status: res.status, body: await res.json() };
  },
};

describe('Open311 GeoReport v2', () => {
  it('round-trips: services → post → token → request', async () => {
    const registered = await h.app.inject({
      method: 'POST',
      url: '/v1/open311/clients',
      payload: { name: 'Huzhou civic app' },
      headers: { authorization: `Bearer ${await h.token('supervisor')}` },
    });
    const { apiKey } = registered.json<{ apiKey: string }>();

    const discovery = await client.get('discovery.json');
    expect(discovery.body).toMatchObject({
      endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2' }],
    });
    const services = (await client.get('services.json')).body as { service_code: string }[];
    expect(services.map((s) => s.service_code)).toContain('major-hazard');
    const definition = await client.get('services/major-hazard.json');
    expect(definition.body).toMatchObject({ service_code: 'major-hazard' });

    const form = {
      service_code: 'major-hazard',
      jurisdiction_id: '330502',
      lat: '30.8703',
      long: '120.0933',
      address_string: 'Gate 2, 8 Industrial Road',
      first_name: '小明',
      last_name: '陈',
      phone: '13600007777',
      email: 'xm@example.cn',
      description: 'Forklifts charging next to the solvent store.',
      'attribute[enterprise_uscc]': uscc(),
      'attribute[employee]': 'true',
    };
    expect(
      (await client.post('requests.json', { ...form, api_key: 'o311_000000000000_nope' })).status,
    ).toBe(403);
    const posted = await client.post('requests.json', { ...form, api_key: apiKey });
    expect(posted.status).toBe(201);
    const [answer] = posted.body as {
      service_request_id: string;
      token: string;
      tracking_code: string;
    }[];
    expect(answer?.token).toBeTruthy();

    const byToken = (await client.get(`tokens/${answer?.token}.json`)).body;
    expect(byToken).toEqual([
      { service_request_id: answer?.service_request_id, token: answer?.token },
    ]);
    const request = await client.get(`requests/${answer?.service_request_id}.json`);
    expect(request.status).toBe(200);
    expect(request.body).toMatchObject([
      {
        service_request_id: answer?.service_request_id,
        status: 'open',
        service_code: 'major-hazard',
        agency_responsible: '12350',
      },
    ]);
    const text = JSON.stringify(request.body);
    for (const secret of ['小明', '陈', '13600007777', 'xm@example.cn', 'Forklifts', 'Gate 2']) {
      expect(text).not.toContain(secret);
    }
    const mine = await client.get(`requests.json?api_key=${apiKey}`);
    expect((mine.body as unknown[]).length).toBe(1);

    const id = answer?.service_request_id ?? '';
    await ok(h, id, 'triage', 'operator', { category: 'major-hazard', summaryCode: 'HC-001' });
    await ok(h, id, 'decline', 'operator', { reason: 'transferred', transferredTo: 'dept-fire' });
    const closed = await client.get(`requests/${id}.json`);
    expect(closed.body).toMatchObject([{ status: 'closed' }]);
    expect((await client.get('requests/00000000-0000-7000-8000-000000000000.json')).status).toBe(
      404,
    );
    expect((await client.get('requests.json')).status).toBe(400);
  });

  it('refuses an anonymous employee and malformed forms with 4xx', async () => {
    const registered = await h.app.inject({
      method: 'POST',
      url: '/v1/open311/clients',
      payload: { name: 'Another app' },
      headers: { authorization: `Bearer ${await h.token('supervisor')}` },
    });
    const { apiKey } = registered.json<{ apiKey: string }>();
    const anonymousEmployee = await client.post('requests.json', {
      api_key: apiKey,
      service_code: 'other',
      description: 'x',
      'attribute[enterprise_name]': 'Mill',
      'attribute[employee]': 'true',
    });
    expect(anonymousEmployee.status).toBe(422);
    const res = await fetch(`${base}/requests.json`, {
      method: 'POST',
      body: 'api_key=a&api_key=b&service_code=other',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(400);
  });

  it('answers every error in GeoReport v2 form: an array of { code, description }', async () => {
    const errorShape = (status: number) => [
      { code: status, description: expect.any(String) as unknown },
    ];
    const forbidden = await client.post('requests.json', {
      api_key: 'o311_000000000000_nope',
      service_code: 'other',
      description: 'x',
    });
    expect(forbidden).toEqual({ status: 403, body: errorShape(403) });
    const [first] = forbidden.body as { description: string }[];
    expect(first?.description).toContain('COMPLAINTS.API_KEY_FORBIDDEN');

    const unknownRequest = await client.get('requests/00000000-0000-7000-8000-000000000000.json');
    expect(unknownRequest).toEqual({ status: 404, body: errorShape(404) });
    expect(await client.get('no-such-thing.json')).toEqual({ status: 404, body: errorShape(404) });
    expect(await client.get('requests.json')).toEqual({ status: 400, body: errorShape(400) });

    const invalid = await client.post('requests.json', { service_code: 'sewers', rogue: '1' });
    expect(invalid.status).toBe(400);
    const items = invalid.body as { code: number; description: string }[];
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((e) => e.code === 400)).toBe(true);
    expect(items.map((e) => e.description).join(' ')).toContain('rogue');

    const json = await fetch(`${base}/requests.json`, {
      method: 'POST',
      body: '{"service_code":"other"}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(json.status).toBe(415);
    expect(await json.json()).toEqual(errorShape(415));
    // the staff API keeps problem+json
    const staff = await h.app.inject({ url: '/v1/reports/track/NOPE-NOPE-NOPE' });
    expect(staff.headers['content-type']).toContain('application/problem+json');
  });
});
