// A stand-in for the services behind the console: it verifies the bearer tokens the console
// mints (with the real verifier of the kit), applies region rules like the real services, and
// records what it received. Complaints, iot-ingest and exchange routes the console uses.
import { randomBytes, randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { usccCheckDigit } from '@yiwang/contracts';
import { anyRegionCovers, createTokenVerifier, type Principal } from '@yiwang/service-kit';

/** The directory's one enterprise (a valid USCC: complaints checks the check digit). */
export const ENTERPRISE_USCC = `91330502MA2B3C4D5${usccCheckDigit('91330502MA2B3C4D5')}`;
/** Its name, as a Huzhou directory would hold it (織里 is in Wuxing district, 330502). */
export const ENTERPRISE_NAME = '湖州织里恒达涂料化工有限公司';

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, unknown>;
  readonly body: unknown;
  readonly principal: Principal | undefined;
}

interface FakeReport {
  id: string;
  trackingCode: string;
  accessKey: string;
  region: string;
  category: string;
  enterprise: { uscc?: string; name?: string };
  status: string;
  receivedAt: string;
  timeline: { status: string; at: string }[];
}

export interface FakeAlarm {
  id: string;
  sensorId: string;
  uscc: string;
  region: string;
  kind: string;
  unit: string;
  level: string;
  value: number;
  threshold: number;
  warning: string;
  status: string;
  raisedAt: string;
  acknowledgedBy: string | null;
}

export interface FakeUpstream {
  readonly url: string;
  readonly received: Received[];
  readonly reports: FakeReport[];
  readonly alarms: FakeAlarm[];
  /** Adds a report directly (as if taken earlier). */
  addReport(region: string, enterpriseName: string): FakeReport;
  close(): Promise<void>;
}

const problem = (status: number, code: string) => ({
  type: 'about:blank',
  title: code,
  status,
  code,
  detail: code,
});

export async function startFakeUpstream(secret: string): Promise<FakeUpstream> {
  const verifier = await createTokenVerifier({
    JWT_ISSUER: 'yiwang',
    JWT_AUDIENCE: 'yiwang',
    JWT_HS256_SECRET: secret,
    JWT_CLOCK_TOLERANCE_S: 5,
  });
  const app: FastifyInstance = Fastify();
  const received: Received[] = [];
  const reports: FakeReport[] = [];
  const alarms: FakeAlarm[] = [];
  const who = async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (header === undefined) return undefined;
    return verifier.verify(header.replace(/^Bearer /, ''));
  };
  app.addHook('preHandler', async (request) => {
    const principal = await who(request).catch(() => undefined);
    received.push({
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      body: request.body,
      principal,
    });
  });
  const addReport = (region: string, name: string, category = 'general-hazard') => {
    const at = new Date().toISOString();
    const report: FakeReport = {
      id: randomUUID(),
      trackingCode: `T${randomBytes(5).toString('hex').toUpperCase()}`,
      accessKey: randomBytes(12).toString('base64url'),
      region,
      category,
      enterprise: { name },
      status: 'received',
      receivedAt: at,
      timeline: [{ status: 'received', at }],
    };
    reports.push(report);
    return report;
  };
  const view = (r: FakeReport) => ({
    id: r.id,
    version: 1,
    status: r.status,
    channel: 'hotline',
    category: r.category,
    location: { region: r.region },
    enterprise: r.enterprise,
    attachments: [],
    receivedAt: r.receivedAt,
    reward: { status: 'none' },
    timeline: r.timeline,
    deadline: { kind: 'verification', dueBy: '2020-01-01' },
  });

  app.post('/v1/reports', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    // Like the real service's closed schema: anything that is not a report is a 400.
    const raw = request.body as Record<string, unknown> | null;
    if (
      raw === null ||
      typeof raw !== 'object' ||
      typeof raw['channel'] !== 'string' ||
      typeof raw['location'] !== 'object' ||
      typeof raw['enterprise'] !== 'object'
    ) {
      return reply.code(400).send(problem(400, 'REQUEST.INVALID'));
    }
    const body = raw as unknown as {
      channel: string;
      category: string;
      location: { region: string };
      enterprise: { name?: string; uscc?: string };
    };
    if (principal === undefined && body.channel !== 'web' && body.channel !== 'app') {
      return reply.code(403).send(problem(403, 'AUTH.FORBIDDEN'));
    }
    const r = addReport(body.location.region, body.enterprise.name ?? '', body.category);
    return reply.code(201).send({ id: r.id, trackingCode: r.trackingCode, accessKey: r.accessKey });
  });
  app.get('/v1/reports/track/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const r = reports.find((x) => x.trackingCode === code);
    if (r === undefined || request.headers['x-access-key'] !== r.accessKey) {
      return reply.code(404).send(problem(404, 'COMPLAINTS.TRACKING_NOT_FOUND'));
    }
    return {
      trackingCode: r.trackingCode,
      status: 'received',
      receivedAt: r.receivedAt,
      timeline: r.timeline,
      dueDates: {},
      reward: { status: 'none' },
    };
  });
  app.get('/v1/reports', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    if (principal === undefined) return reply.code(401).send(problem(401, 'AUTH.UNAUTHENTICATED'));
    const items = reports.filter((r) => anyRegionCovers(principal.regions, r.region)).map(view);
    return { items };
  });
  app.get('/v1/reports/:id', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    if (principal === undefined) return reply.code(401).send(problem(401, 'AUTH.UNAUTHENTICATED'));
    const r = reports.find((x) => x.id === (request.params as { id: string }).id);
    if (r === undefined) return reply.code(404).send(problem(404, 'COMPLAINTS.REPORT_NOT_FOUND'));
    if (!anyRegionCovers(principal.regions, r.region)) {
      return reply.code(403).send(problem(403, 'AUTH.FORBIDDEN'));
    }
    return view(r);
  });
  app.get('/v1/enterprises', () => ({
    items: [
      {
        uscc: ENTERPRISE_USCC,
        name: ENTERPRISE_NAME,
        region: '330502',
        township: '织里镇',
      },
    ],
    next: null,
  }));
  app.get('/v1/alarms', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    if (principal === undefined) return reply.code(401).send(problem(401, 'AUTH.UNAUTHENTICATED'));
    const status = (request.query as { status?: string }).status;
    return { items: alarms.filter((a) => status === undefined || a.status === status), next: null };
  });
  app.post('/v1/alarms/:id/acknowledge', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    const alarm = alarms.find((a) => a.id === (request.params as { id: string }).id);
    if (alarm === undefined || principal === undefined) {
      return reply.code(404).send(problem(404, 'IOT.ALARM_NOT_FOUND'));
    }
    alarm.status = 'acknowledged';
    alarm.acknowledgedBy = principal.sub;
    return alarm;
  });
  // iot-ingest: six hours of a temperature climbing to its limit, per 5 minutes.
  app.get('/v1/sensors/:id/readings', () => {
    const start = Date.now() - 6 * 3_600_000;
    const buckets = Array.from({ length: 72 }, (_, i) => {
      const avg = 60 + i * 0.4 + Math.sin(i / 3) * 2;
      return {
        at: new Date(start + i * 300_000).toISOString(),
        min: avg - 1.5,
        max: avg + 1.5,
        avg,
        count: 30,
      };
    });
    return { sensorId: 'tank-3-temp', step: 300, buckets };
  });
  // exchange: one department's webhook subscription with a failed delivery.
  const subscription = {
    id: 'sub-1',
    department: 'housing',
    url: 'https://housing.example.gov.cn/hooks/yiwang',
    eventTypes: [],
    regions: [],
    status: 'active',
    consecutiveFailures: 3,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
  const deliveries = [
    {
      id: 'del-1',
      channel: 'webhook',
      subscriptionId: 'sub-1',
      department: 'housing',
      eventId: '0193a0b0-0000-7000-8000-000000000001',
      eventType: 'yiwang.hazards.hazard.listed.v1',
      kind: 'event',
      status: 'failed',
      attempts: 12,
      lastStatus: 502,
      lastError: 'Bad Gateway',
      createdAt: '2026-11-28T08:00:00.000Z',
    },
    {
      id: 'del-2',
      channel: 'webhook',
      subscriptionId: 'sub-1',
      department: 'housing',
      eventId: '0193a0b0-0000-7000-8000-000000000002',
      eventType: 'yiwang.hazards.hazard.overdue.v1',
      kind: 'event',
      status: 'succeeded',
      attempts: 1,
      lastStatus: 204,
      createdAt: '2026-11-28T07:42:00.000Z',
    },
    {
      id: 'del-3',
      channel: 'webhook',
      subscriptionId: 'sub-1',
      department: 'housing',
      eventId: '0193a0b0-0000-7000-8000-000000000003',
      eventType: 'yiwang.hazards.hazard.closed.v1',
      kind: 'event',
      status: 'succeeded',
      attempts: 1,
      lastStatus: 200,
      createdAt: '2026-11-27T15:10:00.000Z',
    },
  ];
  app.get('/v1/departments/:code', () => ({
    code: 'housing',
    name: '市住房和城乡建设局',
    kind: 'department',
    channels: ['webhook'],
    policy: {
      version: 3,
      rules: [{ type: 'yiwang.hazards.hazard.listed.v1', fields: ['uscc', 'region', 'deadline'] }],
      regions: ['330500'],
      legalBasis: '湖安委〔2017〕12号',
      expiresOn: '2027-12-31',
    },
    version: 3,
    registeredAt: '2026-01-01T00:00:00.000Z',
  }));
  app.get('/v1/departments/:code/subscriptions', () => ({ items: [subscription], next: null }));
  app.get('/v1/subscriptions/:id/deliveries', () => ({ items: deliveries, next: null }));
  app.post('/v1/deliveries/:id/redeliver', (request, reply) => {
    const d = deliveries.find((x) => x.id === (request.params as { id: string }).id);
    if (d === undefined) return reply.code(404).send(problem(404, 'EXCHANGE.DELIVERY_NOT_FOUND'));
    d.status = 'pending';
    return d;
  });
  app.get('/v1/ledger/verify', () => ({ ok: true, entries: 42 }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    reports,
    alarms,
    addReport: (region, name) => addReport(region, name),
    close: () => app.close(),
  };
}
