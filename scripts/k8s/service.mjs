// One hub service in infra/k8s: a Deployment of the shared image running the service's build,
// a Service, a PodDisruptionBudget and a HorizontalPodAutoscaler. Every service is stateless
// apart from its PostgreSQL database (ARCHITECTURE.md §8): replicas share durable consumers and
// coordinate their outbox relays through the database.

/** Deployment, Service, PodDisruptionBudget and HorizontalPodAutoscaler of `service`. */
export function serviceManifests(service, namespace) {
  const name = service.name;
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'yiwang' };
  const secret = `yiwang-${name}`;
  const fromSecret = (env, key = env, secretName = secret) => ({
    name: env,
    valueFrom: { secretKeyRef: { name: secretName, key } },
  });
  const needs = { database: true, nats: true, ...service.needs };
  const env = [
    { name: 'PORT', value: String(service.port) },
    ...(needs.database ? [fromSecret('DATABASE_URL')] : []),
    // Each service connects as its own NATS user (infra/nats/accounts.conf).
    ...(needs.nats ? [fromSecret('NATS_URL')] : []),
    fromSecret('JWT_HS256_SECRET', 'JWT_HS256_SECRET', 'yiwang-jwt'),
    ...Object.keys(service.devSecrets)
      .filter((key) => !service.devOnly.includes(key))
      .map((key) => fromSecret(key)),
    ...service.secrets.map((key) => fromSecret(key)),
  ];
  const probe = (path, extra) => ({ httpGet: { path, port: 'http' }, ...extra });
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        strategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
        template: {
          metadata: { labels },
          spec: {
            terminationGracePeriodSeconds: 30,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: 1000,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: 'kubernetes.io/hostname',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: { matchLabels: labels },
              },
            ],
            containers: [
              {
                name,
                image: 'yiwang',
                workingDir: `/app/services/${service.dirName}`,
                command: ['node', '--enable-source-maps', service.main],
                ports: [{ name: 'http', containerPort: service.port }],
                envFrom: [{ configMapRef: { name: 'yiwang-config' } }],
                env,
                // Migrations run at start: give them time before liveness counts.
                startupProbe: probe('/healthz', { periodSeconds: 2, failureThreshold: 60 }),
                livenessProbe: probe('/healthz', { periodSeconds: 10 }),
                readinessProbe: probe('/readyz', { periodSeconds: 5, failureThreshold: 2 }),
                // Lets endpoints drop the pod before SIGTERM starts the graceful shutdown.
                lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
                resources: {
                  requests: { cpu: '100m', memory: '192Mi' },
                  limits: { memory: '512Mi' },
                },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
                volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
              },
            ],
            volumes: [{ name: 'tmp', emptyDir: {} }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels },
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, labels },
      spec: { minAvailable: 1, selector: { matchLabels: labels } },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name, labels },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 2,
        maxReplicas: 6,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
      },
    },
  ].map((doc) => ({ ...doc, metadata: { ...doc.metadata, namespace } }));
}
