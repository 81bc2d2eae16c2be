// docker-compose.yml (issue #11): valid against the published Compose Specification schema
// (there is no Docker engine here to `docker compose config` it), and it runs what the hub is:
// every service under services/ in a container of the one multi-stage Dockerfile, sending
// telemetry over OTLP to a collector that exports traces to Jaeger, on NATS >= 2.10.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { errorLines, schemaValidator } from './support/schemas.js';
import { hubServices, root } from './support/services.js';

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string };
  working_dir?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}
interface Compose {
  services: Record<string, ComposeService>;
}

const SCHEMA = 'compose-spec.json';
let documents: unknown[];
let compose: Compose;

beforeAll(async () => {
  // `merge`: the file shares settings through YAML merge keys (`<<: *hub-service`).
  const text = await readFile(join(root, 'docker-compose.yml'), 'utf8');
  documents = parseAllDocuments(text, { merge: true }).map((d) => d.toJS() as unknown);
  compose = documents[0] as Compose;
});

describe('docker-compose.yml', () => {
  it('validates against the Compose Specification schema', async () => {
    const validate = await schemaValidator(SCHEMA);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      validate(document);
      expect(errorLines(validate.errors)).toEqual([]);
    }
  });

  /** A copy of the file with one mistake, and where the schema must point at it. */
  const mistakes: [string, string, (copy: Compose) => void][] = [
    [
      'a healthcheck interval as a number',
      '/services/nats/healthcheck/interval',
      (copy) => {
        Object.assign(copy.services.nats ?? {}, { healthcheck: { interval: 5 } });
      },
    ],
    [
      'a misspelt service key',
      '/services/hazards',
      (copy) => {
        Object.assign(copy.services.hazards ?? {}, { enviroment: {} });
      },
    ],
    [
      'an unknown depends_on condition',
      '/services/hazards/depends_on/nats/condition',
      (copy) => {
        Object.assign(copy.services.hazards ?? {}, {
          depends_on: { nats: { condition: 'ready' } },
        });
      },
    ],
  ];

  it.each(mistakes)('rejects a copy with %s', async (_, path, spoil) => {
    const copy = structuredClone(compose);
    spoil(copy);
    const validate = await schemaValidator(SCHEMA);
    expect(validate(copy)).toBe(false);
    expect(errorLines(validate.errors).some((line) => line.startsWith(`${path} `))).toBe(true);
  });

  it('runs every service under services/ from the one multi-stage Dockerfile', async () => {
    const dockerfile = await readFile(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const services = await hubServices();
    expect(services.length).toBeGreaterThan(0);
    for (const service of services) {
      const entry = compose.services[service.service];
      expect(entry, `${service.service} is missing`).toBeDefined();
      expect(entry?.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
      expect(entry?.working_dir).toBe(`/app/services/${service.dir}`);
      expect(entry?.command).toEqual(['node', '--enable-source-maps', 'dist/main.js']);
      expect(entry?.environment?.PORT).toBe(String(service.port));
      const needs = { database: true, nats: true, ...service.needs };
      expect(entry?.environment?.DATABASE_URL !== undefined).toBe(needs.database);
      expect(entry?.environment?.NATS_URL !== undefined).toBe(needs.nats);
      if (needs.nats) {
        expect(entry?.depends_on?.nats?.condition).toBe('service_healthy');
      }
    }
  });

  it('sends every service’s telemetry over OTLP to a collector that exports to Jaeger', async () => {
    const { jaeger, 'otel-collector': collector } = compose.services;
    expect(jaeger?.image).toMatch(/^jaegertracing\//);
    expect(collector?.depends_on).toHaveProperty('jaeger');
    const config = parse(await readFile(join(root, 'infra/otel/collector.yaml'), 'utf8')) as {
      exporters: Record<string, { endpoint?: string }>;
      service: { pipelines: { traces: { exporters: string[] } } };
    };
    const traceExporters = config.service.pipelines.traces.exporters;
    expect(traceExporters.map((e) => config.exporters[e]?.endpoint)).toContain('jaeger:4317');
    for (const service of await hubServices()) {
      expect(compose.services[service.service]?.environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe(
        'http://otel-collector:4318',
      );
    }
  });

  it('runs NATS >= 2.10 with JetStream synced to disk before every ack', async () => {
    const nats = compose.services.nats;
    const [major, minor] = (/:(\d+)\.(\d+)/.exec(nats?.image ?? '') ?? []).slice(1).map(Number);
    expect(major! > 2 || (major === 2 && minor! >= 10)).toBe(true);
    const conf = await readFile(join(root, 'infra/nats/single.conf'), 'utf8');
    expect(conf).toMatch(/sync_interval: always/);
  });
});
