// infra/k8s against the published Kubernetes JSON schemas (yannh/kubernetes-json-schema,
// standalone-strict, vendored in tests/infra/schemas/kubernetes): there is no cluster here to
// `kubectl apply --dry-run=server` them. Each object is validated against the schema of its
// kind. Deployments, StatefulSets and PodDisruptionBudgets, whose strict schemas are too large
// to vendor (see schemas/README.md), are validated whole by `kubernetes-models` (validators
// generated from the Kubernetes 1.27 OpenAPI: types, enums and required fields, not unknown
// keys), and every container of a workload also against the strict Container schema, which is
// where probes, ports, resources and the security context live.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { parseAllDocuments } from 'yaml';
import { errorLines, schemaValidator } from './support/schemas.js';
import { root } from './support/services.js';

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec?: { template?: { spec?: { containers?: unknown[]; initContainers?: unknown[] } } };
}
interface Document {
  file: string;
  manifest: Manifest;
}

const k8s = join(root, 'infra', 'k8s');

/** The vendored schema of each `apiVersion kind` we deploy. */
const SCHEMAS: Record<string, string> = {
  'v1 Namespace': 'kubernetes/namespace-v1.json',
  'v1 ConfigMap': 'kubernetes/configmap-v1.json',
  'v1 Service': 'kubernetes/service-v1.json',
  'autoscaling/v2 HorizontalPodAutoscaler':
    'kubernetes/horizontalpodautoscaler-autoscaling-v2.json',
};
/** Kinds validated by kubernetes-models' generated validators (they throw on a violation). */
const MODELS: Record<string, (m: Manifest) => { validate(): void }> = {
  'apps/v1 Deployment': (m) => new Deployment(m as never),
  'apps/v1 StatefulSet': (m) => new StatefulSet(m as never),
  'policy/v1 PodDisruptionBudget': (m) => new PodDisruptionBudget(m as never),
};
/** Workloads whose pod template's containers are also checked against the strict schema. */
const WORKLOADS = new Set(['apps/v1 Deployment', 'apps/v1 StatefulSet']);
const CONTAINER_SCHEMA = 'kubernetes/container-v1.json';

const typeOf = (m: Manifest) => `${m.apiVersion} ${m.kind}`;

async function yamlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await yamlFiles(path)));
    else if (entry.name.endsWith('.yaml')) found.push(path);
  }
  return found;
}

/** Schema errors of one object as `file kind/name: path message` lines. */
async function problems({ file, manifest }: Document): Promise<string[]> {
  const where = `${relative(k8s, file)} ${manifest.kind}/${manifest.metadata.name}`;
  const schema = SCHEMAS[typeOf(manifest)];
  const lines: string[] = [];
  if (schema) {
    const validate = await schemaValidator(schema);
    validate(manifest);
    lines.push(...errorLines(validate.errors).map((line) => `${where}: ${line}`));
  }
  const model = MODELS[typeOf(manifest)];
  if (model) {
    try {
      model(manifest).validate();
    } catch (error) {
      lines.push(`${where}: ${(error as Error).message}`);
    }
  }
  if (WORKLOADS.has(typeOf(manifest))) {
    const validate = await schemaValidator(CONTAINER_SCHEMA);
    const pod = manifest.spec?.template?.spec;
    const containers = [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])];
    if (containers.length === 0) lines.push(`${where}: no containers`);
    for (const [i, container] of containers.entries()) {
      validate(container);
      lines.push(...errorLines(validate.errors).map((line) => `${where} container ${i}: ${line}`));
    }
  }
  return lines;
}

let documents: Document[];

beforeAll(async () => {
  documents = [];
  for (const file of await yamlFiles(k8s)) {
    if (file.endsWith('kustomization.yaml')) continue; // Kustomize's own file, not an API object
    for (const doc of parseAllDocuments(await readFile(file, 'utf8'))) {
      documents.push({ file, manifest: doc.toJS() as Manifest });
    }
  }
});

/** The first document of `kind`, deep-copied so a test can spoil it. */
function copyOf(kind: string): Document {
  const found = documents.find((d) => d.manifest.kind === kind);
  if (!found) throw new Error(`infra/k8s has no ${kind}`);
  return { file: found.file, manifest: structuredClone(found.manifest) };
}

describe('infra/k8s against the published Kubernetes schemas', () => {
  it('has a schema for every kind it deploys', () => {
    const kinds = new Set(documents.map((d) => typeOf(d.manifest)));
    const uncovered = [...kinds].filter((k) => !SCHEMAS[k] && !MODELS[k]);
    expect(uncovered).toEqual([]);
  });

  it('validates every manifest', async () => {
    expect(documents.length).toBeGreaterThan(0);
    const found = (await Promise.all(documents.map(problems))).flat();
    expect(found).toEqual([]);
  });

  /** A copy of a manifest with one mistake, and the path the schema must report. */
  const mistakes: [string, string, string, (m: Manifest) => void][] = [
    [
      'a probe period as a string',
      'Deployment',
      '/readinessProbe/periodSeconds',
      (m) => {
        const [container] = (m.spec?.template?.spec?.containers ?? []) as Record<string, unknown>[];
        (container?.readinessProbe as Record<string, unknown>).periodSeconds = '5';
      },
    ],
    [
      'a misspelt container key',
      'StatefulSet',
      '/',
      (m) => {
        const [container] = (m.spec?.template?.spec?.containers ?? []) as Record<string, unknown>[];
        Object.assign(container ?? {}, { livenesProbe: { httpGet: { path: '/healthz' } } });
      },
    ],
    [
      'a service port as a string',
      'Service',
      '/spec/ports/0/port',
      (m) => {
        Object.assign(m.spec ?? {}, { ports: [{ port: '80' }] });
      },
    ],
    [
      'an autoscaler without maxReplicas',
      'HorizontalPodAutoscaler',
      '/spec',
      (m) => {
        delete (m.spec as Record<string, unknown>).maxReplicas;
      },
    ],
  ];

  /** Mistakes only the kubernetes-models validators see, and the words of their message. */
  const modelMistakes: [string, string, string, (m: Manifest) => void][] = [
    [
      'a Deployment without its selector',
      'Deployment',
      'data/spec must have required property selector',
      (m) => {
        delete (m.spec as Record<string, unknown>).selector;
      },
    ],
    [
      'a StatefulSet with replicas as a string',
      'StatefulSet',
      'data/spec/replicas must be integer',
      (m) => {
        Object.assign(m.spec ?? {}, { replicas: '3' });
      },
    ],
    [
      'a disruption budget whose selector is a string',
      'PodDisruptionBudget',
      'data/spec/selector must be object',
      (m) => {
        Object.assign(m.spec ?? {}, { selector: 'app=nats' });
      },
    ],
  ];

  it.each(modelMistakes)('rejects %s', async (_, kind, message, spoil) => {
    const document = copyOf(kind);
    spoil(document.manifest);
    const found = await problems(document);
    expect(
      found.some((line) => line.includes(message)),
      found.join('\n'),
    ).toBe(true);
  });

  it.each(mistakes)('rejects a copy with %s', async (_, kind, path, spoil) => {
    const document = copyOf(kind);
    spoil(document.manifest);
    const found = await problems(document);
    expect(found.some((line) => line.includes(`: ${path} `))).toBe(true);
  });
});
