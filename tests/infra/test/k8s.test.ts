// infra/k8s: generated from the services present (`npm run k8s`), so it cannot drift from them;
// every service is deployed with probes, limits, a locked-down container and secrets only by
// reference; the NATS cluster's config parses with the real nats-server.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  forLocalServer,
  natsServerBin,
  natsServerEnv,
  passwordEnv,
} from './support/nats-server.js';
import { hubServices, root } from './support/services.js';

const k8s = join(root, 'infra', 'k8s');

interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  command: string[];
  workingDir: string;
  ports: { containerPort: number }[];
  env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { key: string } } }[];
  readinessProbe: { httpGet: { path: string } };
  livenessProbe: { httpGet: { path: string } };
  resources: { limits: { memory: string } };
  securityContext: { readOnlyRootFilesystem: boolean; allowPrivilegeEscalation: boolean };
}

async function manifests(file: string): Promise<Manifest[]> {
  const docs = parseAllDocuments(await readFile(join(k8s, file), 'utf8'));
  return docs.map((d) => d.toJS() as Manifest);
}

async function files(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) found.push(...(await files(join(dir, e.name))));
    else found.push(join(dir, e.name));
  }
  return found;
}

describe('infra/k8s', () => {
  it('is what `npm run k8s` generates from the services present', () => {
    const result = spawnSync(process.execPath, ['scripts/k8s.mjs', '--check'], { cwd: root });
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
  });

  it('lists every manifest in its kustomization', async () => {
    const [kustomization] = await manifests('kustomization.yaml');
    const yamlFiles = (await files(k8s))
      .map((f) => relative(k8s, f))
      .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
    expect([...((kustomization as { resources?: string[] }).resources ?? [])].sort()).toEqual(
      yamlFiles.sort(),
    );
  });

  it('deploys every service with probes, limits, a locked-down container and secret references', async () => {
    for (const service of await hubServices()) {
      const docs = await manifests(`services/${service.service}.yaml`);
      expect(docs.map((d) => d.kind).sort()).toEqual([
        'Deployment',
        'HorizontalPodAutoscaler',
        'PodDisruptionBudget',
        'Service',
      ]);
      const deployment = docs.find((d) => d.kind === 'Deployment');
      const spec = deployment?.spec as { template: { spec: { containers: Container[] } } };
      const [container] = spec.template.spec.containers;
      expect(container?.workingDir).toBe(`/app/services/${service.dir}`);
      expect(container?.ports[0]?.containerPort).toBe(service.port);
      expect(container?.readinessProbe.httpGet.path).toBe('/readyz');
      expect(container?.livenessProbe.httpGet.path).toBe('/healthz');
      expect(container?.resources.limits.memory).toMatch(/Mi|Gi/);
      expect(container?.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      const env = container?.env ?? [];
      const deployed = [
        'JWT_HS256_SECRET',
        ...Object.keys(service.devSecrets ?? {}).filter((k) => !service.devOnly?.includes(k)),
        ...(service.secrets ?? []),
      ];
      for (const key of deployed) {
        const entry = env.find((e) => e.name === key);
        expect(entry?.valueFrom?.secretKeyRef?.key, `${service.service} ${key}`).toBe(key);
      }
      for (const key of service.devOnly ?? []) {
        expect(
          env.map((e) => e.name),
          `${service.service} sets ${key}`,
        ).not.toContain(key);
      }
      for (const entry of env) {
        if (/SECRET|KEY|PASSWORD|DATABASE_URL|NATS_URL/.test(entry.name)) {
          expect(entry.value, `${service.service} ${entry.name} is a literal`).toBeUndefined();
        }
      }
    }
  });

  it('runs NATS as a 3-node JetStream cluster whose config parses with nats-server', async () => {
    const [config, , , statefulSet] = await manifests('nats.yaml');
    expect((statefulSet?.spec as { replicas: number }).replicas).toBe(3);
    const dir = await mkdtemp(join(tmpdir(), 'yiwang-k8s-nats-'));
    try {
      for (const [file, text] of Object.entries(config?.data ?? {})) {
        await writeFile(join(dir, file), text);
      }
      const conf = config?.data?.['nats.conf'] ?? '';
      expect(conf).toMatch(/sync_interval: always/);
      await writeFile(join(dir, 'nats.conf'), forLocalServer(conf));
      const env = {
        ...natsServerEnv,
        POD_NAME: 'nats-0',
        ...passwordEnv(Object.values(config?.data ?? {}), 'test-password'),
      };
      const result = spawnSync(natsServerBin, ['-t', '-c', join(dir, 'nats.conf')], { env });
      expect(`${result.stdout.toString()}${result.stderr.toString()}`).toContain('is valid');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
