import { createTestDatabase, testInfra, type TestDatabase } from '@yiwang/testing';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startTelemetry, type Telemetry } from '../src/index.js';
import { captureLogs, startExample, type RunningExample } from './fixtures/harness.js';

let database: TestDatabase;
let telemetry: Telemetry;
let example: RunningExample;
const spans = new InMemorySpanExporter();

beforeAll(async () => {
  const infra = await testInfra();
  database = await createTestDatabase('kit_obs');
  telemetry = startTelemetry({
    serviceName: 'example-obs',
    spanProcessors: [new SimpleSpanProcessor(spans)],
  });
  example = await startExample({ databaseUrl: database.url, natsUrl: infra.natsUrl, telemetry });
});

afterAll(async () => {
  await example?.close();
  await telemetry?.shutdown();
  await database?.drop();
});

const traceId = 'a3ce929d0e0e47364bf92f3577b34da6';
const traceparent = `00-${traceId}-00f067aa0ba902b7-01`;

describe('tracing and logs', () => {
  it('continues the caller trace and stamps every log line of the request with it', async () => {
    const created = await example.app.inject({
      method: 'POST',
      url: '/items',
      headers: { traceparent },
      payload: { name: 'lamp', quantity: 3 },
    });
    expect(created.statusCode).toBe(201);
    const lines = example.logs.lines.filter((line) => line['trace_id'] === traceId);
    expect(lines.map((line) => line['msg'])).toEqual(
      expect.arrayContaining(['creating item', 'request completed']),
    );
    expect(lines.every((line) => typeof line['span_id'] === 'string')).toBe(true);
    expect(lines.find((line) => line['msg'] === 'request completed')).toMatchObject({
      route: '/items',
      status: 201,
      level: 'info',
    });

    const server = spans.getFinishedSpans().find((span) => span.name === 'POST /items');
    expect(server?.spanContext().traceId).toBe(traceId);
    expect(server?.attributes).toMatchObject({
      'http.route': '/items',
      'http.response.status_code': 201,
    });
  });

  it('logs the route template, never the path or query, which may carry secrets', async () => {
    const secret = '0b5c1d9e-3f4a-4b6c-8d7e-9f0a1b2c3d4e';
    const before = example.logs.lines.length;
    const response = await example.app.inject({
      method: 'GET',
      url: `/items/${secret}?k=${secret}`,
    });
    expect(response.statusCode).toBe(404);
    const lines = example.logs.lines.slice(before);
    expect(lines.find((line) => line['msg'] === 'request completed')).toMatchObject({
      route: '/items/:id',
      status: 404,
    });
    expect(JSON.stringify(lines)).not.toContain(secret);
  });

  it('redacts credentials and personal data by default and by LOG_REDACT', () => {
    const logs = captureLogs();
    const logger = createLogger({
      name: 'redact',
      destination: logs.stream,
      redact: ['case.address'],
    });
    logger.info({
      req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1' } },
      reporter: { name: '张三' },
      user: { password: 'pw', idNumber: '330502199001011234', phone: '13800000000' },
      case: { address: '湖州市吴兴区', region: '330502' },
    });
    const text = JSON.stringify(logs.lines[0]);
    for (const secret of [
      'Bearer abc',
      'sid=1',
      '张三',
      'pw"',
      '330502199001011234',
      '13800000000',
      '湖州市',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(logs.lines[0]).toMatchObject({ case: { region: '330502' }, level: 'info' });
  });
});

describe('/metrics', () => {
  it('exposes request counts and latency by route and status in Prometheus format', async () => {
    await example.app.inject({ method: 'GET', url: '/healthz' });
    await example.app.inject({ method: 'GET', url: '/search?limit=2' });
    await example.app.inject({ method: 'GET', url: '/search?limit=nope' });
    const response = await example.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const count = (route: string, status: number) =>
      new RegExp(
        `http_server_request_duration_count\\{[^}]*http_route="${route}"[^}]*http_response_status_code="${status}"[^}]*\\} 1\\b`,
      );
    expect(response.body).toMatch(count('/search', 200));
    expect(response.body).toMatch(count('/search', 400));
    expect(response.body).toMatch(
      /http_server_request_duration_bucket\{[^}]*http_route="\/healthz"/,
    );
  });
});

describe('OpenAPI', () => {
  it('documents the example routes with their closed schemas at /docs/json', async () => {
    const response = await example.app.inject({ method: 'GET', url: '/docs/json' });
    const document = response.json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }
        >
      >;
      components: { securitySchemes: Record<string, unknown> };
    }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/items',
        '/items/{id}',
        '/regions/{region}/hazards',
        '/healthz',
        '/readyz',
      ]),
    );
    expect(
      document.paths['/items']?.['post']?.requestBody?.content['application/json']?.schema,
    ).toMatchObject({
      additionalProperties: false,
      required: ['name', 'quantity'],
    });
    expect(document.components.securitySchemes).toHaveProperty('bearer');
  });

  it('serves Swagger UI and its assets locally, without a CDN', async () => {
    const page = await example.app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toContain('/docs/static/swagger-ui-bundle.js');
    expect(assets.filter((asset) => /^(https?:)?\/\//.test(asset ?? ''))).toEqual([]);
    const bundle = await example.app.inject({
      method: 'GET',
      url: '/docs/static/swagger-ui-bundle.js',
    });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
  });
});
