// The built web app in headless Chromium (Debian's, driven by playwright-core; no browser
// download): an operator takes a call against a real complaints service and reads back the
// tracking code; the public tracking page on a phone shows the case; a duty-room user
// acknowledges a live alarm and sees the offline sensors, each enterprise by name; a
// supervisor reads exact counts; an inspector cannot open another district's case. Screenshots
// of the main pages go to the repository's docs/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { uniquePrefix } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENTERPRISE_NAME,
  ENTERPRISE_USCC,
  startFakeUpstream,
  type FakeUpstream,
} from './fake-upstream.js';
import { JWT_SECRET, PASSWORD, startConsole, type ConsoleHarness } from './harness.js';
import { complaintsBuilt, startRealComplaints, type RealComplaints } from './real-complaints.js';
import { busPrefix, serviceBuilt, startRealService, type RealService } from './real-service.js';

const CHROMIUM = '/usr/bin/chromium';
const webRoot = fileURLToPath(new URL('../dist/web', import.meta.url));
const shots = fileURLToPath(new URL('../../../docs/screenshots', import.meta.url));
/** `CONSOLE_SCREENSHOTS=1` refreshes docs/screenshots (otherwise the files stay untouched). */
const writeShots = process.env['CONSOLE_SCREENSHOTS'] === '1';
/** Earlier reports from across Huzhou, so the queue looks like a working day's. */
const EARLIER_REPORTS = [
  {
    category: 'illegal-operation',
    description: '夜班工人未经审批在车间动火切割钢板，旁边堆着油漆',
    location: { region: '330503', address: '双林镇工业园区振兴路 16 号' },
    enterprise: { name: '湖州南浔双林金属制品有限公司' },
  },
  {
    category: 'major-hazard',
    description: '液氨储罐区的泄漏报警器已经坏了一个多月没人修',
    location: { region: '330522', address: '煤山镇工业集中区' },
    enterprise: { name: '长兴金陵冷链食品有限公司' },
  },
  {
    category: 'general-hazard',
    description: '木材加工车间粉尘很大，除尘设备经常不开',
    location: { region: '330521', address: '新市镇宋市路 228 号' },
    enterprise: { name: '德清新市恒丰木业有限公司' },
  },
  {
    category: 'concealed-accident',
    description: '上周有工人被竹材切片机切伤手指，厂里不让报',
    location: { region: '330523', address: '递铺街道竹海路 9 号' },
    enterprise: { name: '安吉竹韵家居用品有限公司' },
  },
] as const;
const ready =
  existsSync(CHROMIUM) &&
  existsSync(`${webRoot}/index.html`) &&
  complaintsBuilt() &&
  serviceBuilt('iot-ingest');

describe.skipIf(!ready)('the console in a browser', () => {
  let complaints: RealComplaints;
  let iot: RealService;
  let fake: FakeUpstream;
  let h: ConsoleHarness;
  let base: string;
  let browser: Browser;
  let profile: string;
  const contexts: BrowserContext[] = [];
  const call = { trackingCode: '', accessKey: '' };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    [complaints, iot, fake] = await Promise.all([
      startRealComplaints(JWT_SECRET),
      startRealService('iot-ingest', {
        JWT_HS256_SECRET: JWT_SECRET,
        IOT_BUS_PREFIX: busPrefix(uniquePrefix('console_iot')),
        // A sensor expecting a reading every second is offline after one silent second.
        IOT_OFFLINE_INTERVALS: '1',
        IOT_SWEEP_INTERVAL_MS: '200',
      }),
      startFakeUpstream(JWT_SECRET),
    ]);
    h = await startConsole({
      CONSOLE_COMPLAINTS_URL: complaints.url,
      CONSOLE_EXCHANGE_URL: fake.url,
      CONSOLE_IOT_INGEST_URL: iot.url,
      // Their aggregate endpoints, faked; a test takes them down to see the panels degrade.
      CONSOLE_HAZARDS_URL: fake.url,
      CONSOLE_CREDIT_URL: fake.url,
      CONSOLE_PERMITS_URL: fake.url,
      // The default Secure cookie: browsers accept it on http://127.0.0.1 and localhost.
      CONSOLE_WEB_ROOT: webRoot,
    });
    // A supervisor has already triaged two of them and accepted one, through the console.
    const { cookie, csrf } = await h.login('supervisor');
    const act = async (id: string, action: string, body: unknown) => {
      const res = await h.app.inject({
        method: 'POST',
        url: `/api/complaints/v1/reports/${id}/${action}`,
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      if (res.statusCode !== 200) throw new Error(`${action}: ${res.statusCode} ${res.body}`);
    };
    for (const [i, r] of EARLIER_REPORTS.entries()) {
      const res = await fetch(`${complaints.url}/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'web', ...r }),
      });
      if (res.status !== 201) throw new Error(`seeding a report: ${res.status}`);
      const { id } = (await res.json()) as { id: string };
      if (i > 1) continue;
      await act(id, 'triage', { category: r.category, summaryCode: 'HC-012' });
      if (i === 1) await act(id, 'accept', {});
    }
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const address = h.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    profile = mkdtempSync(join(tmpdir(), 'console-chromium-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // A Chinese system locale: fontconfig then prefers the CJK font, as a staff PC would.
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The browser's own language, as on a staff PC (the context's locale sets the rest).
        '--lang=zh-CN',
        // Form controls (the date field) follow the page's lang, which is the session's
        // language; without it headless Chromium draws dates in en-US whatever the locale.
        '--enable-blink-features=LangAttributeAwareFormControlUI',
        `--disk-cache-dir=${profile}`,
      ],
    });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await h?.close();
    await Promise.all([complaints?.close(), iot?.close(), fake?.close()]);
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A fresh context (own cookies and storage), failing on any request that leaves the box. */
  async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', ...options });
    contexts.push(context);
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
      throw new Error(`request to the internet: ${route.request().url()}`);
    });
    context.setDefaultTimeout(8_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  /** The simulated gateway posts readings of the tank's temperature sensor (X-Api-Key). */
  async function gatewayPosts(apiKey: string, readings: { ts: string; value: number }[]) {
    const response = await fetch(`${iot.url}/v1/readings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ readings: readings.map((r) => ({ sensorId: 'tank-3-temp', ...r })) }),
    });
    if (!response.ok) throw new Error(`readings: ${response.status} ${await response.text()}`);
  }

  /**
   * A screenshot in zh-CN, the console's first language (the machine needs a CJK font, e.g.
   * Debian's fonts-noto-cjk, or the Chinese renders as boxes).
   */
  async function shot(page: Page, name: string, fullPage = false): Promise<void> {
    if (writeShots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage });
  }

  async function login(page: Page, username: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText(username, { exact: true }).waitFor();
  }

  it(
    'an operator takes a call and reads back the tracking code and key',
    { timeout: 60_000 },
    async () => {
      const page = await open({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/`);
      await shot(page, 'login');
      await login(page, 'operator');
      await page.waitForURL(`${base}/intake`);
      // An operator's console has the intake and the queue, nothing else.
      expect(await page.locator('header nav a').allTextContents()).toEqual([
        '12350 来电受理',
        '案件队列',
      ]);
      await page.getByText('一般事故隐患').click();
      await page.getByLabel('举报内容（来电人原话）').fill('仓库里堆放大量油漆桶，消防通道被堵死');
      await page.getByLabel('区县').selectOption('330502');
      await page.getByLabel('乡镇（街道）').selectOption('织里镇');
      await page.getByLabel('详细地址').fill('栋梁路 88 号');
      await page.getByLabel('统一社会信用代码或企业名称').fill('恒达');
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page.getByRole('button', { name: new RegExp(ENTERPRISE_NAME) }).click();
      await expect
        .poll(() => page.getByLabel('统一社会信用代码', { exact: true }).inputValue())
        .toBe(ENTERPRISE_USCC);
      // The employee rule: an employee may not stay anonymous.
      await page.getByLabel('举报人是该企业员工').check();
      await page.getByText('匿名举报').click();
      await expect.poll(() => page.getByRole('button', { name: '提交' }).isDisabled()).toBe(true);
      await page.getByLabel('举报人是该企业员工').uncheck();
      await shot(page, 'intake', true);
      // English is one click away and keeps what was typed; the page's language (which the
      // date field follows) goes with it.
      const pageLang = () => page.evaluate('document.documentElement.lang');
      expect(await pageLang()).toBe('zh-CN');
      expect(await page.getByLabel('发生日期').getAttribute('lang')).toBe('zh-CN');
      await page.getByRole('button', { name: 'English' }).click();
      expect(await page.getByLabel("Description (the caller's words)").inputValue()).toBe(
        '仓库里堆放大量油漆桶，消防通道被堵死',
      );
      expect(await pageLang()).toBe('en-GB');
      expect(await page.getByLabel('Date it happened').getAttribute('lang')).toBe('en-GB');
      await page.getByRole('button', { name: '中文' }).click();
      expect(await pageLang()).toBe('zh-CN');
      await page.getByRole('button', { name: '提交' }).click();

      const code = page.getByTestId('tracking-code');
      await code.waitFor();
      call.trackingCode = (await code.textContent()) ?? '';
      call.accessKey = (await page.getByTestId('access-key').getAttribute('data-value')) ?? '';
      expect(call.trackingCode).toMatch(/^[A-Z0-9-]{6,}$/);
      expect(call.accessKey.length).toBeGreaterThan(8);
      await expect
        .poll(() => page.getByRole('button', { name: '受理下一个来电' }).isDisabled())
        .toBe(true);
      await shot(page, 'read-back');
      await page.getByLabel('已复述确认').check();
      await page.getByRole('button', { name: '受理下一个来电' }).click();
      await page.getByLabel('举报内容（来电人原话）').waitFor();

      // The case is in the queue, with its badge, and opens with its timeline.
      await page.getByRole('link', { name: '案件队列' }).click();
      const row = page.locator('tr.clickable', { hasText: ENTERPRISE_NAME });
      await row.waitFor();
      // A new case runs only the local clocks: its badge is the 5-working-day reply limit.
      await expect.poll(() => row.locator('.badge').textContent()).toMatch(/^答复期限 · /);
      // Times are written the Chinese way (2026/11/29 09:30:00), not the browser's en-US.
      expect(await row.locator('td').allTextContents()).toContainEqual(
        expect.stringMatching(/^\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}:\d{2}$/),
      );
      await shot(page, 'queue');
      await row.click();
      await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已接收');
      // An operator may triage or decline a received case, and nothing else.
      const actions = await page.locator('.split .chips button').allTextContents();
      expect(actions).toEqual(['分类登记', '不予受理']);
      // A received case runs only the reply limit (5 working days).
      expect(await page.locator('dd.deadlines .badge').allTextContents()).toEqual([
        expect.stringMatching(/^答复期限 · /),
      ]);
      await shot(page, 'case', true);
      // Triage, then accept: the 60-day verification clock starts and the actions move on.
      await page.getByRole('button', { name: '分类登记' }).click();
      await page.getByLabel('摘要编码 (HC-012)').fill('HC-012');
      await page.getByLabel('工作人员摘要（不得含举报人身份信息）').fill('仓库消防通道堵塞');
      await page.locator('form.action').getByRole('button', { name: '分类登记' }).click();
      await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已登记');
      await page.getByRole('button', { name: '受理', exact: true }).click();
      await page.locator('form.action').getByRole('button', { name: '受理' }).click();
      await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('已受理');
      expect(await page.locator('.split .chips button').allTextContents()).toEqual(['交办核查']);
      // Accepted: the reply limit stops; the 30-day conclusion and the 60-day verification run.
      expect(await page.locator('dd.deadlines .badge').allTextContents()).toEqual([
        expect.stringMatching(/^办结期限 · /),
        expect.stringMatching(/^核查期限 · /),
      ]);
    },
  );

  it('the public tracking page shows the case on a phone', async () => {
    expect(call.trackingCode).not.toBe('');
    const page = await open({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${base}/track`);
    await page.getByLabel('查询码').fill(call.trackingCode);
    await page.getByLabel('查询密钥').fill(call.accessKey);
    await page.getByRole('button', { name: '查询' }).tap();
    // Accepted by the operator: the public sees "being verified" and its due dates.
    await expect.poll(() => page.getByTestId('track-status').textContent()).toBe('核查中');
    // Both clocks that run for the public: 60-day verification and the local 30-day conclusion.
    await expect.poll(() => page.locator('.tracked .badge').count()).toBe(2);
    const tracked = (await page.locator('.tracked').textContent()) ?? '';
    expect(tracked).toContain('核查期限');
    expect(tracked).toContain('办结期限');
    // Usable on a phone: nothing wider than the screen.
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'track-phone', true);
    // A wrong key says so, without telling whether the code exists.
    await page.getByLabel('查询密钥').fill('wrong-key');
    await page.getByRole('button', { name: '查询' }).tap();
    await page.getByText('查询码或密钥不正确').waitFor();
  });

  it('the public reports anonymously from a phone and gets a code and key', async () => {
    const page = await open({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${base}/report`);
    await page.getByLabel('举报类别').selectOption('illegal-operation');
    await page.getByLabel('举报内容').fill('夜里在仓库违规动火切割');
    await page.getByLabel('区县').selectOption('330503');
    await page.getByLabel('企业名称').fill('南浔某五金厂');
    // An employee cannot stay anonymous: the page says so and will not send.
    await page.getByLabel('举报人是该企业员工').check();
    await page.getByLabel('匿名举报').check();
    await page.getByText('企业员工举报本单位须实名', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '提交' }).isDisabled()).toBe(true);
    await page.getByLabel('举报人是该企业员工').uncheck();
    await page.getByRole('button', { name: '提交' }).tap();
    await page.getByTestId('tracking-code').waitFor();
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('a duty-room user acknowledges a live alarm a simulated gateway raised, and sees offline sensors', async () => {
    // The enterprise's gateway and two sensors, registered by the duty room through the console.
    const { cookie, csrf } = await h.login('duty');
    const iotAsDuty = (method: 'GET' | 'PUT', path: string, body?: object) =>
      h.app.inject({
        method,
        url: `/api/iot-ingest${path}`,
        headers: { cookie, 'x-csrf-token': csrf },
        ...(body === undefined ? {} : { payload: body }),
      });
    const gateway = await iotAsDuty('PUT', '/v1/gateways/gw-zhili-1', {
      uscc: ENTERPRISE_USCC,
      name: '织里厂区 1 号网关',
      region: '330502',
    });
    expect(gateway.statusCode, gateway.body).toBe(201);
    const apiKey = gateway.json<{ apiKey: string }>().apiKey;
    for (const sensor of [
      {
        id: 'tank-3-temp',
        name: '3 号储罐温度',
        kind: 'temperature',
        unit: 'celsius',
        limits: { high: 80, highHigh: 85 },
        minDurationSeconds: 0,
        intervalSeconds: 3600,
      },
      // Expects a reading every second and never sends one: offline at the next sweep.
      { id: 'gas-2-lel', kind: 'combustible-gas', unit: 'percent-lel', intervalSeconds: 1 },
    ]) {
      const { id, ...body } = sensor;
      const res = await iotAsDuty('PUT', `/v1/sensors/${id}`, { gatewayId: 'gw-zhili-1', ...body });
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    // The gateway's last six hours, one reading per 5 minutes: the tank warming from 60 °C,
    // still below its limits.
    const now = Date.now();
    await gatewayPosts(
      apiKey,
      Array.from({ length: 72 }, (_, i) => ({
        ts: new Date(now - (72 - i) * 300_000).toISOString(),
        value: 60 + i * 0.25 + Math.sin(i / 3),
      })),
    );

    const page = await open({ viewport: { width: 1280, height: 900 } });
    await login(page, 'duty');
    await page.getByRole('link', { name: '报警看板' }).click();
    await page.getByText('当前无报警').waitFor();
    // The silent sensor, its enterprise by the directory's name rather than its USCC.
    const offline = page.getByTestId('offline-gas-2-lel');
    await expect.poll(() => offline.textContent(), { timeout: 10_000 }).toContain(ENTERPRISE_NAME);
    expect(await offline.textContent()).toContain('从未上报');
    expect(await page.getByTestId('offline-count').textContent()).toBe('1');

    // Now the reading crosses high-high: iot-ingest raises the alarm, the console pushes it.
    await gatewayPosts(apiKey, [{ ts: new Date().toISOString(), value: 92.5 }]);
    const card = page.locator('li.alarm', { hasText: 'tank-3-temp' });
    await card.waitFor({ timeout: 10_000 });
    await expect.poll(() => card.textContent()).toContain(ENTERPRISE_NAME);
    const text = (await card.textContent()) ?? '';
    expect(text).not.toContain(ENTERPRISE_USCC);
    expect(text).toContain('高高限');
    expect(text).toContain('92.5 °C');
    await card.getByRole('button', { name: '历史曲线' }).click();
    await card.locator('svg.chart polyline').waitFor();
    await shot(page, 'alarms', true);
    await card.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => card.getByTestId('alarm-status').textContent()).toBe('已确认');
    const [alarm] = (await iotAsDuty('GET', '/v1/alarms?sensorId=tank-3-temp')).json<{
      items: { status: string; acknowledgedBy: string }[];
    }>().items;
    expect(alarm).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'duty' });
  });

  it('the custodian reveals the reporter only with a reason, and sees the audit trail', async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await login(page, 'custodian');
    await page.getByRole('link', { name: '案件队列' }).click();
    await page.locator('tr.clickable', { hasText: ENTERPRISE_NAME }).click();
    await page.getByRole('button', { name: '查看举报人身份' }).click();
    const reveal = page.locator('.reveal').getByRole('button', { name: '查看举报人身份' });
    expect(await reveal.isDisabled()).toBe(true);
    await page.getByLabel('查看理由（必填，将记入审计）').fill('核实举报内容需要联系举报人');
    await reveal.click();
    await page.getByText('仓库里堆放大量油漆桶，消防通道被堵死').waitFor();
    await page.locator('.reveal li', { hasText: '核实举报内容需要联系举报人' }).waitFor();
  });

  it('a department redelivers a failed webhook', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 } });
    await login(page, 'housing-admin');
    await page.waitForURL(`${base}/subscriptions`);
    // The sharing policy is shown, read-only.
    await page.getByText('yiwang.hazards.hazard.listed.v1', { exact: true }).waitFor();
    expect(await page.locator('form input, form select').count()).toBe(1);
    await page.getByRole('button', { name: '投递记录' }).click();
    const row = page.locator('tr', { hasText: 'yiwang.hazards.hazard.listed.v1' });
    await row.getByText('投递失败').waitFor();
    await shot(page, 'subscriptions');
    await row.getByRole('button', { name: '重新投递' }).click();
    await row.getByText('待投递').waitFor();
    expect(fake.received.some((r) => r.url === '/v1/deliveries/del-1/redeliver')).toBe(true);
  });

  it('a supervisor reads exact counts, and each panel degrades when its service is down', async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await login(page, 'supervisor');
    await page.getByRole('link', { name: '期限督办' }).click();
    await page.getByRole('heading', { name: '12350 举报期限' }).waitFor();
    // The 12350 tiles are complaints' own counts over the supervisor's regions.
    const { cookie } = await h.login('supervisor');
    const stats = (
      await h.app.inject({ url: '/api/complaints/v1/reports/stats', headers: { cookie } })
    ).json<{ totals: { overdue: number; dueSoon: number } }>();
    expect(stats.totals.dueSoon).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('cases-due-soon').textContent())
      .toBe(String(stats.totals.dueSoon));
    expect(await page.getByTestId('cases-overdue').textContent()).toBe(
      String(stats.totals.overdue),
    );
    // hazards, credit and permits from their aggregate endpoints: the hazards open now (any
    // year found) and the listed ones of the user's regions, less those closed (销号).
    await expect.poll(() => page.getByTestId('listed').textContent()).toBe('1');
    await page.getByText('湖安委〔2026〕7号', { exact: false }).waitFor();
    expect(await page.getByText('湖安委〔2026〕3号', { exact: false }).count()).toBe(0);
    const hazardCalls = fake.received.filter((r) => r.url.startsWith('/v1/hazards'));
    expect(hazardCalls.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/v1/hazards/stats/open',
        '/v1/hazards?listed=true&open=true&limit=200',
      ]),
    );
    expect(hazardCalls.every((r) => r.principal?.regions.includes('330500'))).toBe(true);
    await page.getByRole('img', { name: '严重失信名单' }).getByText('已列入').waitFor();
    await page.getByRole('img', { name: '许可办理' }).getByText('专家评审中').waitFor();
    await shot(page, 'deadlines', true);
    // Now hazards, credit and permits stop answering: each panel says so, the rest stays.
    for (const service of ['hazards', 'credit', 'permits'] as const) fake.down.add(service);
    await page.reload();
    await expect.poll(() => page.getByText('服务暂不可用，请稍后重试').count()).toBe(3);
    await page.getByTestId('cases-due-soon').waitFor();
    fake.down.clear();
  });

  it('an inspector cannot open another district’s case', async () => {
    const created = await fetch(`${complaints.url}/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channel: 'web',
        category: 'other',
        description: 'x',
        location: { region: '330502' },
        enterprise: { name: '吴兴某厂' },
      }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const page = await open();
    await login(page, 'inspector-deqing');
    await page.goto(`${base}/cases/${created.id}`);
    await page.getByText('无权查看：不在您的辖区或角色范围内').waitFor();
    // English is one click away.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Not allowed: outside your regions or role').waitFor();
  });
});
