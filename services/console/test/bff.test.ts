// The backend-for-frontend through fastify inject: login, the session cookie, CSRF, the proxy
// to a fake upstream (which verifies the tokens the console mints), role and region checks,
// the public routes, and hostile input.
import { createTokenVerifier, mintToken } from '@yiwang/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENTERPRISE_NAME,
  ENTERPRISE_USCC,
  startFakeUpstream,
  type FakeUpstream,
} from './fake-upstream.js';
import { PASSWORD, startConsole, type ConsoleHarness } from './harness.js';
import { JWT_SECRET } from './harness.js';

let upstream: FakeUpstream;
let h: ConsoleHarness;

beforeAll(async () => {
  upstream = await startFakeUpstream(JWT_SECRET);
  h = await startConsole({
    CONSOLE_COMPLAINTS_URL: upstream.url,
    CONSOLE_EXCHANGE_URL: upstream.url,
    CONSOLE_IOT_INGEST_URL: 'http://127.0.0.1:9',
    CONSOLE_LOGIN_MAX_FAILURES: '3',
    CONSOLE_PUBLIC_BURST: '5',
    CONSOLE_PUBLIC_RATE_PER_MINUTE: '5',
  });
});
afterAll(async () => {
  await h.close();
  await upstream.close();
});

describe('login and session', () => {
  it('sets an http-only, SameSite=Strict, Secure cookie and never returns the token', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'operator', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^yiwang_console=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Secure');
    const body = response.json<{
      user: { username: string; roles: string[] };
      csrfToken: string;
    }>();
    expect(body.user).toEqual({
      username: 'operator',
      dept: 'bureau',
      roles: ['operator'],
      regions: ['330500'],
    });
    expect(response.body).not.toContain(cookie.split(';')[0]!.split('=')[1]);
  });

  it('refuses a wrong password with 401, then locks the account out with 429', async () => {
    for (let i = 0; i < 3; i++) {
      const wrong = await h.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'inspector-deqing', password: 'guess' },
        remoteAddress: `10.0.0.${i + 1}`,
      });
      expect(wrong.statusCode).toBe(401);
    }
    const locked = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'inspector-deqing', password: PASSWORD },
      remoteAddress: '10.0.0.99',
    });
    expect(locked.statusCode).toBe(429);
  });

  it('answers the same 401 for an unknown user as for a wrong password', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody', password: PASSWORD },
      remoteAddress: '10.0.1.1',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ detail: string }>().detail).toBe('Wrong username or password.');
  });

  it('GET /api/session gives the user and CSRF token back; without a cookie 401', async () => {
    const { cookie, csrf } = await h.login('supervisor');
    const me = await h.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ csrfToken: string }>().csrfToken).toBe(csrf);
    const anonymous = await h.app.inject({ method: 'GET', url: '/api/session' });
    expect(anonymous.statusCode).toBe(401);
    const forged = await h.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `yiwang_console=${cookie.split('=')[1]!.slice(0, -3)}abc` },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('an expired session is a 401', async () => {
    const expired = await mintToken(
      { sub: 'operator', dept: 'bureau', roles: ['operator'], regions: ['330500'] },
      {
        issuer: 'yiwang',
        audience: 'yiwang:console-session',
        key: { alg: 'HS256', secret: JWT_SECRET },
        ttl: -60,
      },
    );
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `yiwang_console=${expired}` },
    });
    expect(response.statusCode).toBe(401);
  });

  it('the session cookie is not a bearer token the services accept', async () => {
    const { cookie } = await h.login('operator');
    const services = await createTokenVerifier({
      JWT_ISSUER: 'yiwang',
      JWT_AUDIENCE: 'yiwang',
      JWT_HS256_SECRET: JWT_SECRET,
      JWT_CLOCK_TOLERANCE_S: 5,
    });
    await expect(services.verify(cookie.split('=')[1]!)).rejects.toThrow();
  });

  it('logout needs the CSRF token and clears the cookie', async () => {
    const { cookie, csrf } = await h.login('operator');
    const without = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie },
    });
    expect(without.statusCode).toBe(403);
    const out = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/yiwang_console=;.*Max-Age=0/);
  });
});

describe('proxy', () => {
  it('forwards a write with a bearer token carrying the user’s claims', async () => {
    const { cookie, csrf } = await h.login('operator');
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/complaints/v1/reports',
      headers: { cookie, 'x-csrf-token': csrf, 'idempotency-key': 'console-test-key-1' },
      payload: {
        channel: 'hotline',
        category: 'general-hazard',
        description: '仓库堆放大量易燃物',
        location: { region: '330502' },
        enterprise: { name: '某某公司' },
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const seen = upstream.received.at(-1)!;
    expect(seen.url).toBe('/v1/reports');
    expect(seen.principal).toEqual({
      sub: 'operator',
      dept: 'bureau',
      roles: ['operator'],
      regions: ['330500'],
    });
    expect(seen.headers['idempotency-key']).toBe('console-test-key-1');
    // Each proxied request carries its own short-lived token (CONSOLE_SERVICE_TOKEN_TTL_S).
    const bearer = String(seen.headers['authorization']).replace('Bearer ', '');
    const claims = JSON.parse(Buffer.from(bearer.split('.')[1]!, 'base64url').toString()) as {
      iat: number;
      exp: number;
      aud: string;
    };
    expect(claims.exp - claims.iat).toBe(120);
    expect(claims.aud).toBe('yiwang');
    // The session cookie and CSRF token never reach a service.
    expect(seen.headers['cookie']).toBeUndefined();
    expect(seen.headers['x-csrf-token']).toBeUndefined();
  });

  it('refuses a write without the CSRF token, or with another session’s token', async () => {
    const a = await h.login('operator');
    const b = await h.login('supervisor');
    const before = upstream.received.length;
    for (const token of [undefined, b.csrf, 'x'.repeat(43)]) {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/complaints/v1/reports',
        headers: { cookie: a.cookie, ...(token === undefined ? {} : { 'x-csrf-token': token }) },
        payload: { channel: 'hotline' },
      });
      expect(response.statusCode).toBe(403);
    }
    expect(upstream.received.length).toBe(before);
  });

  it('refuses a cross-site write even with a valid token', async () => {
    const { cookie, csrf } = await h.login('operator');
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/complaints/v1/reports',
      headers: { cookie, 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
    const origin = await h.app.inject({
      method: 'POST',
      url: '/api/complaints/v1/reports',
      headers: { cookie, 'x-csrf-token': csrf, origin: 'https://evil.example', host: 'console' },
      payload: {},
    });
    expect(origin.statusCode).toBe(403);
  });

  it('passes the query string on and needs a session for reads', async () => {
    const { cookie } = await h.login('supervisor');
    const ok = await h.app.inject({
      method: 'GET',
      url: '/api/complaints/v1/reports?deadline=overdue&limit=5',
      headers: { cookie },
    });
    expect(ok.statusCode).toBe(200);
    expect(upstream.received.at(-1)!.url).toBe('/v1/reports?deadline=overdue&limit=5');
    const anonymous = await h.app.inject({ method: 'GET', url: '/api/complaints/v1/reports' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('an inspector of one district cannot open another district’s case', async () => {
    const wuxing = upstream.addReport('330502', '吴兴企业');
    const deqing = upstream.addReport('330521', '德清企业');
    const { cookie } = await h.login('inspector-wuxing');
    const own = await h.app.inject({
      method: 'GET',
      url: `/api/complaints/v1/reports/${wuxing.id}`,
      headers: { cookie },
    });
    expect(own.statusCode).toBe(200);
    const other = await h.app.inject({
      method: 'GET',
      url: `/api/complaints/v1/reports/${deqing.id}`,
      headers: { cookie },
    });
    expect(other.statusCode).toBe(403);
    const list = await h.app.inject({
      method: 'GET',
      url: '/api/complaints/v1/reports',
      headers: { cookie },
    });
    const ids = list.json<{ items: { id: string }[] }>().items.map((r) => r.id);
    expect(ids).toContain(wuxing.id);
    expect(ids).not.toContain(deqing.id);
  });

  it('a role cannot reach a service outside its work (custodian → iot-ingest)', async () => {
    const before = upstream.received.length;
    const { cookie } = await h.login('custodian');
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/iot-ingest/v1/alarms',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(upstream.received.length).toBe(before);
  });

  it('the hazards figures are for hazards staff only (operator → hazards)', async () => {
    const before = upstream.received.length;
    const { cookie } = await h.login('operator');
    for (const url of [
      '/api/hazards/v1/hazards/stats/open',
      '/api/hazards/v1/hazards?listed=true',
    ]) {
      const response = await h.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(response.statusCode, url).toBe(403);
    }
    expect(upstream.received.length).toBe(before);
  });

  it('an unreachable service is a 503 with Retry-After, not a 500', async () => {
    const { cookie } = await h.login('duty');
    const response = await h.app.inject({
      method: 'GET',
      url: '/api/iot-ingest/v1/alarms',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses unknown services and path tricks', async () => {
    const { cookie } = await h.login('supervisor');
    for (const url of [
      '/api/nope/v1/x',
      '/api/complaints/v2/reports',
      '/api/complaints/v1/../admin',
      '/api/complaints/v1/%2e%2e/admin',
      '/api/complaints/v1/a%2Fb',
      '/api/complaints/healthz',
    ]) {
      const response = await h.app.inject({ method: 'GET', url, headers: { cookie } });
      expect([400, 404], url).toContain(response.statusCode);
    }
  });
});

describe('public routes', () => {
  it('report and track without login, through complaints’ public routes', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      remoteAddress: '192.0.2.10',
      payload: {
        channel: 'web',
        category: 'illegal-operation',
        description: '夜间违规动火',
        location: { region: '330503' },
        enterprise: { name: '南浔某厂' },
      },
    });
    expect(created.statusCode).toBe(201);
    const { trackingCode, accessKey } = created.json<{ trackingCode: string; accessKey: string }>();
    expect(upstream.received.at(-1)!.principal).toBeUndefined();
    expect(upstream.received.at(-1)!.headers['x-forwarded-for']).toBe('192.0.2.10');
    const tracked = await h.app.inject({
      method: 'GET',
      url: `/api/public/track/${trackingCode}`,
      headers: { 'x-access-key': accessKey },
      remoteAddress: '192.0.2.10',
    });
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json<{ status: string }>().status).toBe('received');
    const wrong = await h.app.inject({
      method: 'GET',
      url: `/api/public/track/${trackingCode}`,
      headers: { 'x-access-key': 'wrong' },
      remoteAddress: '192.0.2.10',
    });
    expect(wrong.statusCode).toBe(404);
  });

  it('rate-limits one client', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await h.app.inject({
        method: 'GET',
        url: '/api/public/track/TNOPE',
        headers: { 'x-access-key': 'k' },
        remoteAddress: '192.0.2.77',
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 5).every((c) => c === 404)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('hostile input', () => {
  const deep = (n: number): unknown => (n === 0 ? {} : { a: deep(n - 1) });
  const bodies: [string, string, string][] = [
    ['deeply nested', JSON.stringify(deep(200)), 'application/json'],
    [
      '__proto__ key',
      '{"__proto__":{"polluted":true},"username":"x","password":"y"}',
      'application/json',
    ],
    ['constructor.prototype', '{"constructor":{"prototype":{"x":1}}}', 'application/json'],
    ['malformed JSON', '{"username":', 'application/json'],
    [
      'huge array',
      JSON.stringify({ items: Array.from({ length: 100_000 }, () => 1) }),
      'application/json',
    ],
    ['wrong types', JSON.stringify({ username: 42, password: ['x'] }), 'application/json'],
    ['not JSON', 'username=a&password=b', 'application/x-www-form-urlencoded'],
    ['null', 'null', 'application/json'],
    ['string', '"x"', 'application/json'],
  ];

  it.each(bodies)('%s → 4xx on every console route, never 5xx', async (_name, payload, type) => {
    const { cookie, csrf } = await h.login('operator');
    for (const url of ['/api/session', '/api/public/reports', '/api/complaints/v1/reports']) {
      const response = await h.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { 'content-type': type, cookie, 'x-csrf-token': csrf },
        remoteAddress: `198.51.100.${Math.floor(Math.random() * 250)}`,
      });
      expect(response.statusCode, `${url} ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, url).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('hostile headers and params → 4xx', async () => {
    const { cookie } = await h.login('operator');
    const cases = [
      { method: 'GET' as const, url: '/api/public/track/%00%ff', headers: { 'x-access-key': 'k' } },
      {
        method: 'GET' as const,
        url: `/api/public/track/${'A'.repeat(500)}`,
        headers: { 'x-access-key': 'k' },
      },
      { method: 'GET' as const, url: '/api/public/track/ABC', headers: {} },
      {
        method: 'GET' as const,
        url: '/api/session',
        headers: { cookie: `yiwang_console=${'x'.repeat(5000)}` },
      },
      {
        method: 'GET' as const,
        url: '/api/session',
        headers: { cookie: 'yiwang_console=%E0%A4%A' },
      },
      { method: 'POST' as const, url: '/api/session', headers: { origin: 'not a url' } },
      {
        method: 'GET' as const,
        url: `/api/complaints/v1/${'x/'.repeat(300)}`,
        headers: { cookie },
      },
    ];
    for (const c of cases) {
      const response = await h.app.inject({ ...c, remoteAddress: '203.0.113.5' });
      expect(response.statusCode, c.url).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, c.url).toBeLessThan(500);
    }
  });
});

describe('alarm stream', () => {
  it('tells the board when iot-ingest is unreachable', async () => {
    const { cookie } = await h.login('duty');
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const address = h.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/alarms/stream`, {
      headers: { cookie },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader: ReadableStreamDefaultReader<Uint8Array> = response.body!.getReader();
    let text = '';
    while (!text.includes('event: upstream')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('data: {"state":"down"}');
    controller.abort();
  });

  it('needs a session', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/alarms/stream' });
    expect(response.statusCode).toBe(401);
  });
});

describe('enterprise names', () => {
  const UNKNOWN = '91330100000000000A';
  const names = async (query: string, cookie?: string) =>
    h.app.inject({
      method: 'GET',
      url: `/api/enterprise-names${query}`,
      headers: cookie === undefined ? {} : { cookie },
    });

  it('names an enterprise from the directory as the user, once per cache period', async () => {
    const { cookie } = await h.login('duty');
    const asked = () =>
      upstream.received.filter((r) => r.url === `/v1/enterprises/${ENTERPRISE_USCC}`);
    const first = await names(`?uscc=${ENTERPRISE_USCC},${UNKNOWN}`, cookie);
    expect(first.statusCode, first.body).toBe(200);
    // The unknown USCC is left out: the page shows it as it is.
    expect(first.json()).toEqual({ names: { [ENTERPRISE_USCC]: ENTERPRISE_NAME } });
    expect(first.headers['cache-control']).toBe('no-store');
    expect(asked().map((r) => r.principal?.sub)).toEqual(['duty']);
    const again = await names(`?uscc=${ENTERPRISE_USCC}`, cookie);
    expect(again.json()).toEqual({ names: { [ENTERPRISE_USCC]: ENTERPRISE_NAME } });
    expect(asked()).toHaveLength(1);
  });

  it('needs a session and refuses anything but a short list of USCCs', async () => {
    expect((await names(`?uscc=${ENTERPRISE_USCC}`)).statusCode).toBe(401);
    const { cookie } = await h.login('duty');
    const many = Array.from({ length: 51 }, () => ENTERPRISE_USCC).join(',');
    for (const query of [
      '',
      '?uscc=',
      `?uscc=${ENTERPRISE_USCC.toLowerCase()}`,
      `?uscc=${ENTERPRISE_USCC};drop`,
      `?uscc=${many}`,
      `?uscc=${ENTERPRISE_USCC}&region=330502`,
      `?uscc=../../v1/admin`,
    ]) {
      expect((await names(query, cookie)).statusCode, query).toBe(400);
    }
  });
});
