import { randomUUID } from 'node:crypto';
import { createTestDatabase, testInfra, type TestDatabase } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelemetry, statusForCode, type Telemetry } from '../src/index.js';
import { startExample, type RunningExample } from './fixtures/harness.js';

let database: TestDatabase;
let telemetry: Telemetry;
let example: RunningExample;

beforeAll(async () => {
  const infra = await testInfra();
  database = await createTestDatabase('kit_problems');
  telemetry = startTelemetry({ serviceName: 'example-problems' });
  example = await startExample({ databaseUrl: database.url, natsUrl: infra.natsUrl, telemetry });
});

afterAll(async () => {
  await example?.close();
  await telemetry?.shutdown();
  await database?.drop();
});

const problemShape = (status: number, code: string, instance: string) => ({
  type: `urn:yiwang:problem:${code}`,
  title: expect.any(String) as string,
  status,
  detail: expect.any(String) as string,
  code,
  instance,
});

describe('problem+json errors', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const response = await example.app.inject({ method: 'GET', url: '/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      ...problemShape(404, 'ROUTE.NOT_FOUND', '/nowhere'),
      title: 'Not Found',
    });
  });

  it('lists every failing body field of a closed schema, without coercing types', async () => {
    const response = await example.app.inject({
      method: 'POST',
      url: '/items',
      payload: { name: '', quantity: '5', colour: 'red', tags: ['ok', 7] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json<{ errors: { in: string; pointer: string; message: string }[] }>();
    expect(body).toMatchObject(problemShape(400, 'REQUEST.INVALID', '/items'));
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { in: 'body', pointer: '/name', message: expect.stringMatching(/fewer than 1/) as string },
        { in: 'body', pointer: '/quantity', message: 'must be integer' },
        { in: 'body', pointer: '/colour', message: 'is not allowed' },
        { in: 'body', pointer: '/tags/1', message: 'must be string' },
      ]),
    );
    const missing = await example.app.inject({
      method: 'POST',
      url: '/items',
      payload: { name: 'x' },
    });
    expect(missing.json()).toMatchObject({
      errors: [{ in: 'body', pointer: '/quantity', message: 'is required' }],
    });
  });

  it('coerces querystrings but still validates them', async () => {
    const ok = await example.app.inject({ method: 'GET', url: '/search?limit=10' });
    expect(ok.json()).toEqual({ limit: 10 });
    const bad = await example.app.inject({ method: 'GET', url: '/search?limit=ten&extra=1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: unknown[] }>().errors).toEqual(
      expect.arrayContaining([
        { in: 'querystring', pointer: '/limit', message: 'must be integer' },
        { in: 'querystring', pointer: '/extra', message: 'is not allowed' },
      ]),
    );
  });

  it('maps domain error codes: explicit table, then the NOT_FOUND suffix', async () => {
    const plan = await example.app.inject({ method: 'POST', url: '/plans/p1/submit' });
    expect(plan.statusCode).toBe(422);
    expect(plan.json()).toMatchObject({
      ...problemShape(422, 'EXAMPLE.PLAN_INCOMPLETE', '/plans/p1/submit'),
      detail: 'The plan lacks required sections.',
      missing: ['deadline', 'funding'],
    });
    const id = randomUUID();
    const item = await example.app.inject({ method: 'GET', url: `/items/${id}` });
    expect(item.statusCode).toBe(404);
    expect(item.json()).toMatchObject(problemShape(404, 'EXAMPLE.ITEM_NOT_FOUND', `/items/${id}`));
  });

  it('answers 429 with Retry-After for a rate-limited caller', async () => {
    const response = await example.app.inject({ method: 'GET', url: '/busy' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('30');
    expect(response.json()).toMatchObject(problemShape(429, 'REQUEST.RATE_LIMITED', '/busy'));
  });

  it('hides internals of a 500 and logs them with the trace id', async () => {
    const response = await example.app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    const body = response.json<{ traceId: string }>();
    expect(body).toMatchObject(problemShape(500, 'INTERNAL', '/boom'));
    expect(response.body).not.toMatch(/hunter2|SELECT|db\.internal|at .*\.ts/);
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
    const logged = example.logs.lines.find((line) => line['msg'] === 'request failed');
    expect(logged).toMatchObject({ level: 'error', trace_id: body.traceId, code: 'INTERNAL' });
    expect(JSON.stringify(logged)).toContain('hunter2');
  });
});

describe('statusForCode', () => {
  it('prefers the service table, then kit codes, then suffixes, else 422', () => {
    expect(statusForCode('X.PLAN_INCOMPLETE', { 'X.PLAN_INCOMPLETE': 409 })).toBe(409);
    expect(statusForCode('AUTH.FORBIDDEN')).toBe(403);
    expect(statusForCode('HAZARDS.CASE_NOT_FOUND')).toBe(404);
    expect(statusForCode('HAZARDS.VERSION_CONFLICT')).toBe(409);
    expect(statusForCode('HAZARDS.ALREADY_EXISTS')).toBe(409);
    expect(statusForCode('HAZARDS.NOT_FOUNDATION')).toBe(422);
    expect(statusForCode('HAZARDS.PLAN_INCOMPLETE')).toBe(422);
  });
});
