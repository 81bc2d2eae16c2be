// A stand-in for the services behind the console: it verifies the bearer tokens the console
// mints (with the real verifier of the kit), applies region rules like the real services, and
// records what it received. The complaints and exchange routes the console uses, and the
// aggregate routes of hazards, credit and permits.
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

/** Services whose routes the fake answers (by path), each of which a test can take down. */
export type FakeService = 'hazards' | 'credit' | 'permits';

export interface FakeUpstream {
  readonly url: string;
  readonly received: Received[];
  readonly reports: FakeReport[];
  /** Services that answer 503 (as a proxy in front of a stopped service would). */
  readonly down: Set<FakeService>;
  /** Adds a report directly (as if taken earlier). */
  addReport(region: string, enterpriseName: string): FakeReport;
  close(): Promise<void>;
}

/** Open hazards by state (the fake's open-stats answer). */
const HAZARD_STATES = {
  found: 6,
  identified: 4,
  'plan-submitted': 8,
  rectifying: 12,
  rectified: 9,
};

/** A case listed for supervision (挂牌督办), as `GET /v1/hazards?listed=true` shows it. */
const listedHazard = (
  id: string,
  region: string,
  status: string,
  enterpriseName: string,
  listing: { documentNumber: string; noticeSummary: string; deadline: string },
) => ({
  id,
  enterpriseName,
  region,
  status,
  level: 'major',
  listing: { authority: '湖州市安全生产委员会', listedAt: '2026-09-01T02:00:00.000Z', ...listing },
});

/** Listed cases of two districts: one still open, one closed (销号) that the panel leaves out. */
const LISTED_HAZARDS = [
  listedHazard('hz-1', '330522', 'rectifying', '长兴金陵冷链食品有限公司', {
    documentNumber: '湖安委〔2026〕7号',
    noticeSummary: '液氨制冷车间与员工宿舍同一建筑',
    deadline: '2026-12-31',
  }),
  listedHazard('hz-2', '330502', 'closed', ENTERPRISE_NAME, {
    documentNumber: '湖安委〔2026〕3号',
    noticeSummary: '甲类仓库防爆电气失效',
    deadline: '2026-06-30',
  }),
];

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
  const down = new Set<FakeService>();
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
  app.addHook('onRequest', async (request, reply) => {
    const name = /^\/v1\/(hazards|credit|permits)\b/.exec(request.url)?.[1];
    if (name !== undefined && down.has(name as FakeService)) {
      await reply.code(503).header('retry-after', '5').send(problem(503, 'SERVICE.UNAVAILABLE'));
    }
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
  app.get('/v1/enterprises/:uscc', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    if (principal === undefined) return reply.code(401).send(problem(401, 'AUTH.UNAUTHENTICATED'));
    if ((request.params as { uscc: string }).uscc !== ENTERPRISE_USCC) {
      return reply.code(404).send(problem(404, 'EXCHANGE.NOT_FOUND'));
    }
    if (!anyRegionCovers(principal.regions, '330502')) {
      return reply.code(403).send(problem(403, 'AUTH.FORBIDDEN'));
    }
    return { uscc: ENTERPRISE_USCC, name: ENTERPRISE_NAME, region: '330502', township: '织里镇' };
  });
  // hazards, credit, permits: the dashboard's counts, as their stats routes answer them.
  app.get('/v1/hazards/stats/open', () => ({
    totals: { total: 39, major: 5, overdue: 7, listed: 1, byStatus: HAZARD_STATES },
    byRegion: [
      { region: '330502', total: 14 },
      { region: '330521', total: 10 },
      { region: '330522', total: 8 },
      { region: '330503', total: 4 },
      { region: '330523', total: 3 },
    ],
  }));
  // The list filtered to listed cases, in the caller's regions like the real route.
  app.get('/v1/hazards', async (request, reply) => {
    const principal = await who(request).catch(() => undefined);
    if (principal === undefined) return reply.code(401).send(problem(401, 'AUTH.UNAUTHENTICATED'));
    if ((request.query as Record<string, string>)['listed'] !== 'true') {
      return reply.code(400).send(problem(400, 'REQUEST.INVALID'));
    }
    const items = LISTED_HAZARDS.filter((c) => anyRegionCovers(principal.regions, c.region));
    return { items, next: null };
  });
  app.get('/v1/credit/listings/stats', () => ({
    regions: ['330500'],
    totals: { total: 9, byStatus: { proposed: 2, pending: 1, listed: 5, removed: 1 } },
    byRegion: [],
  }));
  app.get('/v1/permits/applications/stats', () => ({
    regions: ['330500'],
    today: '2026-11-29',
    totals: {
      total: 31,
      inProgress: 14,
      decisionOverdue: 2,
      byStatus: {
        submitted: 4,
        accepted: 6,
        'expert-review': 3,
        inspected: 1,
        'licence-issued': 17,
      },
    },
    byRegion: [],
  }));
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
    down,
    addReport: (region, name) => addReport(region, name),
    close: () => app.close(),
  };
}
