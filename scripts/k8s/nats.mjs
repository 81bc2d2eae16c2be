// The NATS cluster of infra/k8s: three JetStream nodes in a StatefulSet (streams use replicas: 3,
// so an acked event is on a quorum of two), `sync_interval: always` (nats-server >= 2.10), the
// accounts and department accounts of infra/nats, passwords from the `yiwang-nats` Secret.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const natsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'infra', 'nats');
const REPLICAS = 3;

/** The cluster's node config: one file for every pod, its name from the pod's hostname. */
function serverConf(namespace) {
  const routes = Array.from(
    { length: REPLICAS },
    (_, i) => `    nats-route://nats-${i}.nats-cluster.${namespace}.svc:6222`,
  );
  return [
    'server_name: $POD_NAME',
    'listen: 0.0.0.0:4222',
    'http: 0.0.0.0:8222',
    'max_payload: 1MB',
    'jetstream {',
    '  store_dir: /data/jetstream',
    '  max_file_store: 100GB',
    '  sync_interval: always',
    '}',
    'cluster {',
    '  name: yiwang',
    '  listen: 0.0.0.0:6222',
    '  routes: [',
    ...routes,
    '  ]',
    '}',
    'include ./accounts.conf',
    '',
  ].join('\n');
}

/** ConfigMap, Services and StatefulSet of the NATS cluster. */
export function natsManifests(namespace) {
  const labels = { 'app.kubernetes.io/name': 'nats', 'app.kubernetes.io/part-of': 'yiwang' };
  const read = (file) => readFileSync(join(natsDir, file), 'utf8');
  return [
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'nats-config', labels },
      data: {
        'nats.conf': serverConf(namespace),
        'accounts.conf': read('accounts.conf'),
        'departments.conf': read('departments.conf'),
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'nats-cluster', labels },
      spec: {
        clusterIP: 'None',
        publishNotReadyAddresses: true,
        selector: labels,
        ports: [{ name: 'cluster', port: 6222 }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'nats', labels },
      spec: { selector: labels, ports: [{ name: 'client', port: 4222 }] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'nats', labels },
      spec: {
        serviceName: 'nats-cluster',
        replicas: REPLICAS,
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'kubernetes.io/hostname',
                whenUnsatisfiable: 'DoNotSchedule',
                labelSelector: { matchLabels: labels },
              },
            ],
            containers: [
              {
                name: 'nats',
                image: 'nats:2.10-alpine',
                args: ['-c', '/etc/nats/nats.conf'],
                env: [
                  { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                ],
                envFrom: [{ secretRef: { name: 'yiwang-nats' } }],
                ports: [
                  { name: 'client', containerPort: 4222 },
                  { name: 'cluster', containerPort: 6222 },
                  { name: 'monitor', containerPort: 8222 },
                ],
                readinessProbe: {
                  httpGet: { path: '/healthz?js-enabled-only=true', port: 8222 },
                  periodSeconds: 5,
                },
                livenessProbe: { httpGet: { path: '/healthz', port: 8222 }, periodSeconds: 10 },
                resources: {
                  requests: { cpu: '250m', memory: '512Mi' },
                  limits: { memory: '2Gi' },
                },
                volumeMounts: [
                  { name: 'config', mountPath: '/etc/nats' },
                  { name: 'data', mountPath: '/data' },
                ],
              },
            ],
            volumes: [{ name: 'config', configMap: { name: 'nats-config' } }],
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: {
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: '20Gi' } },
            },
          },
        ],
      },
    },
  ];
}
