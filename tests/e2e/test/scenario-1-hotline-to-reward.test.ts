// Scenario 1 of issue #11, across six services run as separate processes on real NATS and
// PostgreSQL (DOMAIN.md "Complaints", "Hazards", "Credit and blacklist", "Permits",
// "Insurance"): a 12350 call reports a gas leak risk → accepted → substantiated → a major
// hazard case → listed (挂牌督办) → its deadline passes (the shared clock moves) → overdue →
// credit records it, an officer proposes and lists the enterprise → permits suspends its licence
// and vetoes its new application → the insurance quote rises → the bank's webhook gets the
// listing with only its projected fields → the hazard is rectified and closed → the reporter's
// tracking page shows the feedback → a reward is decided.
// The test client is the user agent of one trace: every call carries its trace id, and the
// services' spans (collected by an in-test OTLP receiver) all belong to it, from at least five
// services.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedClock, type SharedClock } from './support/clock.js';
import { startClientTrace, type CallOptions } from './support/http.js';
import { startHub, type Hub } from './support/hub.js';
import { startOtlpReceiver, type OtlpReceiver } from './support/otlp-receiver.js';
import type { Claims } from './support/token.js';
import { uscc } from './support/uscc.js';
import {
  startWebhookReceiver,
  verifySignature,
  type WebhookReceiver,
} from './support/webhook-receiver.js';

const USCC = uscc('91330502MA2E2E901');
const REGION = '330502';
const CELL = 'cell-zhili-09';
const DAY = 86_400_000;
const LISTED = 'yiwang.credit.listing.listed.v1';
const BANK_FIELDS = ['decisionNumber', 'listedAt', 'listingId', 'subject'];

const operator: Claims = { roles: ['operator'], regions: [REGION], sub: 'operator-12350' };
const supervisor: Claims = { roles: ['supervisor'], regions: [REGION], sub: 'supervisor-1' };
const inspector: Claims = { roles: ['inspector'], regions: [REGION], sub: 'inspector-5' };
const enterprise: Claims = { roles: ['enterprise'], dept: USCC, sub: 'safety-officer' };
const admin: Claims = { roles: ['admin', 'directory-clerk', 'grid-centre'], sub: 'admin-1' };
const creditOfficer: Claims = { roles: ['credit-officer'], regions: [REGION], sub: 'credit-1' };
const reviewer: Claims = { roles: ['reviewer'], regions: [REGION], sub: 'reviewer-1' };
const chief: Claims = { roles: ['supervisor'], regions: [REGION], sub: 'chief-1' };
const INSURER = uscc('91330500MA2E2E902');
const insurer: Claims = { roles: ['insurer'], dept: INSURER, sub: 'underwriter-1' };

const SERVICES = ['exchange', 'credit', 'insurance', 'permits', 'hazards', 'complaints'];
const trace = startClientTrace();
let clock: SharedClock;
let collector: OtlpReceiver;
let bank: WebhookReceiver;
let hub: Hub;

beforeAll(async () => {
  clock = await createSharedClock();
  collector = await startOtlpReceiver();
  bank = await startWebhookReceiver();
  const common = {
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    // the SDK's batch delay is 5 s by default: spans reach the receiver within 0.2 s instead
    OTEL_BSP_SCHEDULE_DELAY: '200',
  };
  hub = await startHub(SERVICES, {
    clock,
    env: {
      exchange: {
        ...common,
        EXCHANGE_WEBHOOK_ALLOW_HTTP: 'true',
        EXCHANGE_DELIVERY_POLL_MS: '100',
        EXCHANGE_GRID_SWEEP_INTERVAL_MS: '200',
      },
      credit: { ...common, CREDIT_SWEEP_INTERVAL_MS: '200' },
      insurance: { ...common, INSURANCE_SWEEP_INTERVAL_MS: '200' },
      permits: { ...common, PERMITS_SWEEP_INTERVAL_MS: '200' },
      hazards: { ...common, HAZARDS_SWEEP_INTERVAL_MS: '200' },
      complaints: { ...common, COMPLAINTS_SCHEDULER_INTERVAL_MS: '200' },
    },
  });
}, 180_000);

afterAll(async () => {
  await hub?.stop();
  await Promise.all([bank?.close(), collector?.close(), clock?.dispose()]);
});

/** A call of the scenario: in its trace. */
function call<T>(service: string, method: string, path: string, options: CallOptions = {}) {
  return hub.call<T>(service, method, path, { ...options, trace });
}

/** A call that must succeed; returns the body. */
async function ok<T = Record<string, unknown>>(
  service: string,
  method: string,
  path: string,
  as: Claims,
  body?: unknown,
): Promise<T> {
  const res = await call<T>(service, method, path, { as, body });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

/** Waits for an asynchronous outcome (a consumer, a sweeper); the hub's output on failure. */
function eventually<T>(what: string, probe: () => Promise<T | false | undefined>): Promise<T> {
  return waitFor(probe, { timeout: 30_000, interval: 200, message: what }).catch(
    (error: unknown) => {
      throw new Error(`${String(error)}\n${hub.output()}`);
    },
  );
}

/** A date `days` from the services' today. */
const dayFromNow = (days: number) =>
  new Date(clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

interface HazardCase {
  id: string;
  status: string;
  level?: string;
  sourceRef?: string;
  overdue?: boolean;
}

async function registerEnterpriseAndBank(): Promise<string> {
  await ok('exchange', 'PUT', `/v1/grid/cells/${CELL}`, admin, {
    region: REGION,
    township: 'zhili',
    name: '织里镇第9网格',
    worker: 'worker-09',
  });
  await ok('exchange', 'PUT', `/v1/enterprises/${USCC}`, admin, {
    name: '湖州织里燃气储配测试有限公司',
    industry: 'hazardous-chemicals',
    highRiskCategory: 'hazardous-chemicals',
    region: REGION,
    township: 'zhili',
    gridCellId: CELL,
    standardisationLevel: '2',
    status: 'open',
    employees: 80,
  });
  await ok('exchange', 'POST', '/v1/departments', admin, {
    code: 'bank-huzhou',
    name: '湖州测试银行',
    kind: 'bank',
    channels: ['webhook'],
    policy: {
      rules: [{ type: LISTED, fields: BANK_FIELDS }],
      regions: [REGION],
      legalBasis: '失信联合惩戒合作备忘录 2026',
      expiresOn: '2099-12-31',
    },
  });
  const sub = await ok<{ secret: string }>(
    'exchange',
    'POST',
    '/v1/departments/bank-huzhou/subscriptions',
    admin,
    { url: bank.url, eventTypes: [LISTED] },
  );
  return sub.secret;
}

/** The insurer's policy (mandatory for a hazardous-chemicals enterprise). */
async function insure(): Promise<void> {
  await eventually(
    'insurance knowing the enterprise',
    async () =>
      (await call('insurance', 'GET', `/v1/insurance/quotes?uscc=${USCC}`, { as: insurer }))
        .status === 200,
  );
  await ok('insurance', 'POST', '/v1/insurance/policies', insurer, {
    policyNumber: 'E2E-S1-1',
    insurerName: '中国人保财险湖州分公司',
    uscc: USCC,
    startsOn: dayFromNow(0),
    endsOn: dayFromNow(364),
    insuredEmployees: 80,
    sumInsuredPerPersonFen: 50_000_000,
    cover: { thirdPartyFen: 100_000_000 },
    basePremiumFen: 1_000_000,
  });
}

async function quotedPremium(): Promise<number> {
  const quote = await ok<{ premiumFen: number }>(
    'insurance',
    'GET',
    `/v1/insurance/quotes?uscc=${USCC}&basePremiumFen=1000000`,
    insurer,
  );
  return quote.premiumFen;
}

const CONDITIONS = [
  'responsibility-system',
  'safety-budget',
  'safety-staff',
  'trained-principal',
  'certified-special-operators',
  'staff-training',
  'injury-insurance',
  'compliant-premises',
  'occupational-health',
  'safety-evaluation',
  'major-hazard-monitoring',
  'emergency-plan',
  'other',
];

interface Application {
  id: string;
  status: string;
  licence?: { licenceId: string };
  creditCheck?: { result: string };
}

function permitStep(id: string, name: string, as: Claims, body: unknown = {}) {
  return ok<Application>('permits', 'POST', `/v1/permits/applications/${id}/${name}`, as, body);
}

/** A hazardous-chemicals operation application, drafted with evidence, submitted, accepted. */
async function acceptedApplication(): Promise<Application> {
  const a = await ok<Application>('permits', 'POST', '/v1/permits/applications', enterprise, {
    uscc: USCC,
    licenceType: 'hazchem-operation',
    kind: 'new',
    scope: '液化石油气 (储存)',
  });
  for (const condition of CONDITIONS) {
    await permitStep(a.id, 'evidence', enterprise, { condition, documents: [`doc-${condition}`] });
  }
  await permitStep(a.id, 'submit', enterprise);
  return permitStep(a.id, 'accept', reviewer);
}

/** A licence issued through the whole application flow. */
async function issuedLicence(): Promise<string> {
  const a = await acceptedApplication();
  await permitStep(a.id, 'credit-check', reviewer);
  await permitStep(a.id, 'document-review', reviewer, {
    findings: CONDITIONS.map((condition) => ({
      condition,
      met: true,
      evidence: [`doc-${condition}`],
    })),
  });
  await permitStep(a.id, 'inspection', reviewer, {
    inspectors: ['insp-1', 'insp-2'],
    result: 'pass',
  });
  const decided = await eventually('a decision with the policy projected', async () => {
    const res = await call<Application>(
      'permits',
      'POST',
      `/v1/permits/applications/${a.id}/decision`,
      { as: chief, body: { outcome: 'approved' } },
    );
    return res.status === 200 && res.body;
  });
  expect(decided.status).toBe('licence-issued');
  return decided.licence?.licenceId ?? '';
}

describe('scenario 1: from a 12350 call to a reward, in one trace', () => {
  it('runs the whole chain across six services', async () => {
    const secret = await registerEnterpriseAndBank();
    await insure();
    const licenceId = await issuedLicence();
    const premiumBefore = await quotedPremium();

    // 1. the 12350 call: an operator records a gas leak risk with the caller's real name
    const intake = await ok<{ id: string; trackingCode: string; accessKey: string }>(
      'complaints',
      'POST',
      '/v1/reports',
      operator,
      {
        channel: 'hotline',
        category: 'major-hazard',
        description:
          'The LPG storage hall smells of gas every morning; the detector is switched off.',
        occurredOn: dayFromNow(-1),
        location: { region: REGION, address: '9 Industrial Rd, Zhili' },
        enterprise: { uscc: USCC, name: '湖州织里燃气储配测试有限公司' },
        reporter: { name: '李明', phone: '+86 138 0000 0001' },
      },
    );
    const { id: reportId, trackingCode, accessKey } = intake;
    const report = (action: string, as: Claims, body: unknown = {}) =>
      ok('complaints', 'POST', `/v1/reports/${reportId}/${action}`, as, body);
    await report('triage', operator, {
      category: 'major-hazard',
      summaryCode: 'MH-001',
      industry: 'hazardous-chemicals',
    });
    await report('accept', operator);
    await report('assign', supervisor, { unit: 'unit-wuxing-safety' });
    await report('verification', inspector, {
      result: 'substantiated',
      severity: 'major',
      findings: 'Gas detector disabled, LPG leak at valve 3; 20 % LEL measured.',
      fineFen: 10_000_000,
      alreadyKnown: false,
    });

    // 2. hazards opens a case from complaints.report.substantiated; it is graded major and listed
    const found = await eventually('a hazard case from the report', async () => {
      const res = await call<{ items?: HazardCase[] }>(
        'hazards',
        'GET',
        `/v1/hazards?source=complaint&uscc=${USCC}`,
        { as: inspector },
      );
      return res.body.items?.find((c) => c.sourceRef === reportId);
    });
    const hazard = (name: string, as: Claims, body: unknown = {}) =>
      ok<HazardCase>('hazards', 'POST', `/v1/hazards/${found.id}/${name}`, as, body);
    await hazard('grade', inspector, {
      level: 'major',
      stopRequired: 'partial',
      checklist: { standard: 'gongmao-2023', itemId: '13-1' },
    });
    const now = clock.now().toISOString();
    await hazard('double-report', enterprise, { toRegulatorAt: now, toWorkersCongressAt: now });
    const parts = Object.fromEntries(
      [
        'goalsAndTasks',
        'methodsAndMeasures',
        'fundsAndMaterials',
        'responsibleBodyAndPeople',
        'deadlineAndRequirements',
        'safetyAndEmergencyMeasures',
      ].map((part) => [part, `plan-${part}`]),
    );
    await hazard('submit-plan', enterprise, {
      plannedCompletion: dayFromNow(60),
      fundsFen: 20_000_000,
      parts,
    });
    const deadline = dayFromNow(10);
    await hazard('list', supervisor, {
      authority: '湖州市应急管理局',
      authorityLevel: 'city',
      documentNumber: '湖应急督〔2026〕9号',
      deadline,
      noticeSummary: 'LPG storage hall: gas detection restored and valve replaced by the deadline',
    });
    expect(await hazard('start-rectification', enterprise)).toMatchObject({ status: 'rectifying' });

    // 3. the deadline passes: the hazards sweeper flags the case overdue. Twenty-five days also
    // pass the due-soon notice of the report's own time limit (concluded within 30 days of
    // acceptance, noticed 7 days before), which the complaints scheduler sends in the report's
    // trace.
    await clock.advance(25 * DAY);
    await eventually('the case overdue', async () => {
      const res = await call<HazardCase>('hazards', 'GET', `/v1/hazards/${found.id}`, {
        as: inspector,
      });
      return res.body.overdue === true && res.body;
    });

    // 4. credit records the overdue major hazard; an officer proposes and lists the enterprise
    interface CreditRecord {
      id: string;
      trigger: string;
    }
    const bad = await eventually('a bad record from hazard.overdue', async () => {
      const res = await call<{ items?: CreditRecord[] }>(
        'credit',
        'GET',
        `/v1/credit/subjects/${USCC}/records`,
        { as: creditOfficer },
      );
      return res.body.items?.find((r) => r.trigger === 'hazard-overdue');
    });
    const listing = await ok<{ id: string; status: string }>(
      'credit',
      'POST',
      '/v1/credit/listings',
      creditOfficer,
      { subjectId: USCC, criterion: 'other', recordIds: [bad.id] },
    );
    const transition = (name: string, as: Claims, body: unknown) =>
      ok<{ status: string }>(
        'credit',
        'POST',
        `/v1/credit/listings/${listing.id}/${name}`,
        as,
        body,
      );
    await transition('notice', creditOfficer, { noticeNumber: '湖应急信告〔2026〕9号' });
    await transition('defence', enterprise, { summary: 'The valve was on order.' });
    expect(
      await transition('decide', creditOfficer, {
        decision: 'list',
        decisionNumber: '湖应急信〔2026〕9号',
      }),
    ).toMatchObject({ status: 'listed' });

    // 5. permits suspends the licence and vetoes a new application
    await eventually('the licence suspended for the listing', async () => {
      const res = await call<{ status: string; suspension?: { auto: string[] } }>(
        'permits',
        'GET',
        `/v1/permits/licences/${licenceId}`,
        { as: reviewer },
      );
      return res.body.status === 'suspended' && res.body.suspension?.auto.includes('credit-listed');
    });
    const again = await acceptedApplication();
    const vetoed = await permitStep(again.id, 'credit-check', reviewer);
    expect(vetoed).toMatchObject({ status: 'refused', creditCheck: { result: 'veto' } });

    // 6. the insurance quote rises (listed: +10 %)
    const premiumAfter = await eventually('a higher premium', async () => {
      const premium = await quotedPremium();
      return premium > premiumBefore && premium;
    });
    expect(premiumAfter).toBeGreaterThan(premiumBefore);

    // 7. the bank's webhook receives the listing with only its projected fields, signed
    const delivery = await eventually('the bank webhook', () =>
      Promise.resolve(bank.deliveries.find((d) => d.event.type === LISTED)),
    );
    expect(verifySignature(secret, delivery.headers, delivery.body)).toBe(true);
    expect(Object.keys(delivery.event.data).sort()).toEqual(BANK_FIELDS);
    expect(delivery.event.data).toMatchObject({ listingId: listing.id });

    // 8. the hazard is rectified and closed (assessed, resumption reviewed on site)
    await hazard('rectify', enterprise, { evidence: ['photo-valve-3-replaced'] });
    await hazard('assess', enterprise, {
      assessor: 'enterprise',
      conclusion: 'eliminated',
      reportId: 'assessment-1',
    });
    await hazard('apply-resumption', enterprise);
    expect(
      await hazard('review', inspector, {
        outcome: 'passed',
        documentNumber: '湖应急销〔2026〕9号',
      }),
    ).toMatchObject({ status: 'closed' });

    // 9. complaints records the outcome; the reporter's tracking page shows the feedback
    await eventually('the report handled', async () => {
      const res = await call<{ status: string }>('complaints', 'GET', `/v1/reports/${reportId}`, {
        as: operator,
      });
      return res.body.status === 'handled';
    });
    await report('feedback', operator);
    const track = await call<{ status: string; timeline: { status: string }[] }>(
      'complaints',
      'GET',
      `/v1/reports/track/${trackingCode}`,
      { headers: { 'x-access-key': accessKey } },
    );
    expect(track.status).toBe(200);
    expect(track.body.status).toBe('feedback-sent');
    expect(track.body.timeline.map((t) => t.status)).toContain('feedback-sent');
    expect(JSON.stringify(track.body)).not.toMatch(/李明|inspector|valve 3|hz-/i);

    // 10. a reward is decided: 15 % of the 100,000 yuan fine
    const reward = await report('reward-decision', supervisor);
    expect(reward).toMatchObject({ status: 'reward-decided' });

    // One trace. Stopping the services flushes their exporters: every span is in by then.
    await hub.stop();
    // (the hub's readiness probes before the scenario, with their queries, are not part of it)
    const probes = new Set(
      collector.spans.filter((s) => s.name.endsWith('/readyz')).map((s) => s.traceId),
    );
    const scenario = collector.spans.filter((s) => !probes.has(s.traceId));
    const foreign = scenario.filter((s) => s.traceId !== trace.traceId);
    expect(foreign.map((s) => `${s.service}: ${s.name}`)).toEqual([]);
    // the trace runs through the bus into every service, not only through the test's calls
    const consumed = (type: string) =>
      scenario.filter((s) => s.name === `process yiwang.${type}.v1`).map((s) => s.service);
    expect(consumed('complaints.report.substantiated')).toContain('hazards');
    expect(consumed('hazards.hazard.overdue')).toContain('credit');
    expect(consumed('credit.listing.listed')).toEqual(
      expect.arrayContaining(['permits', 'insurance', 'exchange']),
    );
    expect(consumed('hazards.hazard.closed')).toContain('complaints');
    // the sweepers' deadline events continue their case's trace: the hazard case's (opened by a
    // consumer) and the report's (received by the first call)
    expect(scenario.map((s) => `${s.service}: ${s.name}`)).toEqual(
      expect.arrayContaining([
        'hazards: outbox add yiwang.hazards.hazard.overdue.v1',
        'complaints: outbox add yiwang.complaints.report.time-limit-due-soon.v1',
      ]),
    );
    expect(new Set(scenario.map((s) => s.service)).size).toBeGreaterThanOrEqual(5);
  });
});
