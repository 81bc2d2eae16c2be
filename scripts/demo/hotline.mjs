// Simulated 12350 traffic: operators take calls about enterprises of the directory; some are
// accepted, assigned and verified as substantiated, which opens hazard cases in hazards.
import { randomUUID } from 'node:crypto';
import { call } from './http.mjs';
import { random } from './huzhou.mjs';

const MATTERS = [
  ['major-hazard', '储罐区可燃气体报警器长期关闭，夜间仍在生产。'],
  ['major-hazard', '危化品仓库超量存放，消防通道被堵。'],
  ['illegal-production', '停产整顿期间夜里偷偷开工。'],
  ['general-hazard', '车间配电箱门损坏，电线裸露。'],
  ['general-hazard', '叉车司机无证上岗。'],
  ['concealed-accident', '上周车间有工人受伤，企业没有上报。'],
];

/** Runs one call every `everyMs`; every third one is taken through to substantiation. */
export function runHotline({ urls, token, enterprises, log, everyMs = 8_000 }) {
  const rand = random(12350);
  let n = 0;
  const tick = async () => {
    n += 1;
    const e = enterprises[Math.floor(rand() * enterprises.length)];
    const [category, description] = MATTERS[Math.floor(rand() * MATTERS.length)];
    const operator = await token('demo-operator', ['operator'], { regions: [e.region] });
    const anonymous = rand() < 0.5;
    const created = await call('POST', `${urls.complaints}/v1/reports`, {
      token: operator,
      idempotencyKey: randomUUID(),
      body: {
        channel: 'hotline',
        category,
        description,
        occurredOn: new Date().toISOString().slice(0, 10),
        location: { region: e.region, address: e.address },
        enterprise: { uscc: e.uscc, name: e.name },
        ...(anonymous ? {} : { reporter: { name: '张先生', phone: '13800000000' } }),
      },
    });
    log(`hotline call ${n}: ${e.name} (${category}) → tracking code ${created.trackingCode}`);
    if (n % 3 !== 0) return;
    const act = async (action, who, roles, body = {}) =>
      call('POST', `${urls.complaints}/v1/reports/${created.id}/${action}`, {
        token: await token(who, roles, { regions: [e.region] }),
        body,
      });
    await act('triage', 'demo-operator', ['operator'], {
      category,
      summaryCode: 'HC-012',
      industry: e.industry,
    });
    await act('accept', 'demo-operator', ['operator']);
    await act('assign', 'demo-supervisor', ['supervisor'], { unit: `unit-${e.region}` });
    await act('verification', 'demo-inspector', ['inspector'], {
      result: 'substantiated',
      severity: category === 'major-hazard' ? 'major' : 'general',
      findings: '现场核查属实，已责令整改。',
      fineFen: 5_000_000,
      alreadyKnown: false,
    });
  };
  let running = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(tick).catch((error) => log(`hotline: ${error.message}`));
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
