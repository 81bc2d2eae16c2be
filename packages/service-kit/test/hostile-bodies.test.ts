import { createTestDatabase, testInfra, type TestDatabase } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry, type Telemetry } from '../src/index.js';
import { exceedsJsonDepth } from '../src/http/json-depth.js';
import { startExample, type RunningExample } from './fixtures/harness.js';

let database: TestDatabase;
let telemetry: Telemetry;
let example: RunningExample;
let baseUrl: string;

beforeAll(async () => {
  const infra = await testInfra();
  database = await createTestDatabase('kit_hostile');
  telemetry = startTelemetry({ serviceName: 'example-hostile' });
  example = await startExample({ databaseUrl: database.url, natsUrl: infra.natsUrl, telemetry });
  baseUrl = await example.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await example?.close();
  await telemetry?.shutdown();
  await database?.drop();
});

async function post(body: string | Uint8Array, contentType?: string) {
  const headers: Record<string, string> =
    contentType === undefined ? {} : { 'content-type': contentType };
  const response = await fetch(`${baseUrl}/items`, { method: 'POST', headers, body });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

async function get(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

const nested = (open: string, close: string, depth: number, inner = '1') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

const hostile: Array<[string, () => Promise<Awaited<ReturnType<typeof post>>>, number, string]> = [
  [
    'a body without a content type',
    () => post(new TextEncoder().encode('{"name":"x","quantity":1}')),
    415,
    'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  ],
  ['invalid JSON', () => post('{"name": "x", ', 'application/json'), 400, 'REQUEST.MALFORMED_JSON'],
  ['an empty JSON body', () => post('', 'application/json'), 400, 'REQUEST.MALFORMED_JSON'],
  ['a text/plain body', () => post('name=x', 'text/plain'), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
  [
    'a form body',
    () => post('name=x&quantity=1', 'application/x-www-form-urlencoded'),
    415,
    'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a 2 MiB body',
    () =>
      post(JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), quantity: 1 }), 'application/json'),
    413,
    'REQUEST.TOO_LARGE',
  ],
  [
    'objects nested 10,000 deep',
    () => post(nested('{"a":', '}', 10_000), 'application/json'),
    400,
    'REQUEST.TOO_DEEP',
  ],
  [
    'arrays nested 10,000 deep',
    () => post(nested('[', ']', 10_000), 'application/json'),
    400,
    'REQUEST.TOO_DEEP',
  ],
  [
    'objects nested 33 deep',
    () => post(`{"name":"x","quantity":1,"tags":${nested('[', ']', 32)}}`, 'application/json'),
    400,
    'REQUEST.TOO_DEEP',
  ],
  [
    'a __proto__ key',
    () => post('{"name":"x","quantity":1,"__proto__":{"polluted":"yes"}}', 'application/json'),
    400,
    'REQUEST.FORBIDDEN_KEY',
  ],
  [
    'a nested __proto__ key',
    () =>
      post(
        '{"name":"x","quantity":1,"tags":[{"__proto__":{"polluted":"yes"}}]}',
        'application/json',
      ),
    400,
    'REQUEST.FORBIDDEN_KEY',
  ],
  [
    'a constructor.prototype key',
    () =>
      post(
        '{"name":"x","quantity":1,"constructor":{"prototype":{"polluted":"yes"}}}',
        'application/json',
      ),
    400,
    'REQUEST.FORBIDDEN_KEY',
  ],
  [
    'an extra property',
    () => post('{"name":"x","quantity":1,"isAdmin":true}', 'application/json'),
    400,
    'REQUEST.INVALID',
  ],
  [
    'a wrong type',
    () => post('{"name":"x","quantity":"1"}', 'application/json'),
    400,
    'REQUEST.INVALID',
  ],
  ['a JSON null', () => post('null', 'application/json'), 400, 'REQUEST.INVALID'],
  [
    'a NUL character in a string (PostgreSQL cannot store it)',
    () => post('{"name":"x\\u0000y","quantity":1}', 'application/json'),
    400,
    'REQUEST.NUL_CHARACTER',
  ],
  [
    'a __proto__ key spelled with escapes',
    () =>
      post('{"name":"x","quantity":1,"\\u005f_proto__":{"polluted":"yes"}}', 'application/json'),
    400,
    'REQUEST.FORBIDDEN_KEY',
  ],
  [
    'a NUL character in a key',
    () => post('{"name":"x","quantity":1,"a\\u0000":1}', 'application/json'),
    400,
    'REQUEST.NUL_CHARACTER',
  ],
  ['a NUL character in the path', () => get('/items/abc%00def'), 400, 'REQUEST.NUL_CHARACTER'],
  ['a NUL character in the query', () => get('/search?q=a%00'), 400, 'REQUEST.NUL_CHARACTER'],
];

describe('hostile request bodies', () => {
  it.each(hostile)('rejects %s with a 4xx problem', async (_label, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.contentType).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, type: `urn:yiwang:problem:${code}` });
  });

  it('leaves Object.prototype untouched and keeps serving', async () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const ok = await post(
      '{"name":"widget","quantity":2,"tags":["a"]}',
      'application/json; charset=utf-8',
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ name: 'widget', quantity: 2 });
    expect(Object.keys(ok.body).sort()).toEqual(['id', 'name', 'quantity']);
  });

  it('accepts +json media types through the same parser', async () => {
    const response = await post(
      '{"name":"x","quantity":1,"__proto__":{}}',
      'application/merge-patch+json',
    );
    expect(response).toMatchObject({ status: 400, body: { code: 'REQUEST.FORBIDDEN_KEY' } });
  });
});

describe('exceedsJsonDepth', () => {
  it('counts nesting outside strings only', () => {
    expect(exceedsJsonDepth('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(exceedsJsonDepth('{"a":[1,{"b":2}]}', 2)).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ s: '[[[[{{{{\\"[[[' }), 1)).toBe(false);
    expect(exceedsJsonDepth(nested('[', ']', 10_000), 32)).toBe(true);
  });
});
