// An insurer's prevention visit across separate processes (DOMAIN.md "Insurance": insurers must
// provide prevention services, their visits produce hazard findings): the enterprise is in the
// exchange directory → the insurer issues a policy and a prevention plan within 21 % of the
// premium → a visit's finding becomes a hazard case in hazards (source insurer-prevention,
// linked back to the finding).
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from './support/hub.js';
import type { Claims } from './support/token.js';
import { uscc } from './support/uscc.js';

const ENTERPRISE = uscc('91330522MA2E2E813');
const INSURER = uscc('91330500MA2E2E914');
const clerk: Claims = { roles: ['directory-clerk'], regions: ['330500'], sub: 'clerk-1' };
const gridAdmin: Claims = { roles: ['grid-centre'], regions: ['330522'], sub: 'grid-admin-1' };
const insurer: Claims = { roles: ['insurer'], dept: INSURER, sub: 'underwriter-1' };
const inspector: Claims = { roles: ['inspector'], regions: ['330522'], sub: 'inspector-9' };

let hub: Hub;

beforeAll(async () => {
  hub = await startHub(['exchange', 'insurance', 'hazards']);
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function ok<T = Record<string, unknown>>(
  service: string,
  method: 'POST' | 'PUT',
  path: string,
  as: Claims,
  body: unknown,
): Promise<T> {
  const res = await hub.call<T>(service, method, path, { as, body });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

describe('insurance → hazards', () => {
  it('a finding of a prevention visit opens a hazard case linked to it', async () => {
    await ok('exchange', 'PUT', '/v1/grid/cells/330522-02-1', gridAdmin, {
      region: '330522',
      township: '和平镇',
      name: '和平镇第1网格',
    });
    await ok('exchange', 'PUT', `/v1/enterprises/${ENTERPRISE}`, clerk, {
      name: '长兴测试化工有限公司',
      industry: 'hazardous-chemicals',
      highRiskCategory: 'hazardous-chemicals',
      region: '330522',
      township: '和平镇',
      gridCellId: '330522-02-1',
      standardisationLevel: '2',
      status: 'open',
      employees: 100,
    });
    // insurance learns of the enterprise from exchange.enterprise.registered
    await waitFor(
      async () =>
        (
          await hub.call('insurance', 'GET', `/v1/insurance/quotes?uscc=${ENTERPRISE}`, {
            as: insurer,
          })
        ).status === 200,
      { timeout: 30_000, interval: 200, message: 'the directory projection in insurance' },
    );
    const policy = await ok<{ id: string; premium: { premiumFen: number } }>(
      'insurance',
      'POST',
      '/v1/insurance/policies',
      insurer,
      {
        policyNumber: 'E2E-PV-1',
        insurerName: '中国人保财险湖州分公司',
        uscc: ENTERPRISE,
        startsOn: day(0),
        endsOn: day(364),
        insuredEmployees: 120,
        sumInsuredPerPersonFen: 50_000_000,
        cover: { thirdPartyFen: 100_000_000 },
        basePremiumFen: 1_000_000,
      },
    );
    const plan = `/v1/insurance/policies/${policy.id}/prevention-plan`;
    const items = [{ kind: 'inspection', description: 'Quarterly site inspection' }];
    const over = await hub.call('insurance', 'PUT', plan, {
      as: insurer,
      body: { budgetFen: Math.floor(policy.premium.premiumFen * 0.21) + 1, items },
    });
    expect(over.status).toBe(422);
    await ok('insurance', 'PUT', plan, insurer, { budgetFen: 100_000, items });
    const visit = await ok<{ findings: { id: string }[] }>(
      'insurance',
      'POST',
      `/v1/insurance/policies/${policy.id}/prevention-visits`,
      insurer,
      {
        visitNumber: 'V-E2E-1',
        visitedOn: day(0),
        costFen: 50_000,
        engineer: '王工',
        findings: [
          { summary: 'Unguarded belt conveyor', suggestedLevel: 'general', photos: ['p-1'] },
        ],
      },
    );
    const finding = visit.findings[0]?.id;
    expect(finding).toBeDefined();

    const found = await waitFor(
      async () => {
        const res = await hub.call<{ items: { id: string; sourceRef?: string }[] }>(
          'hazards',
          'GET',
          `/v1/hazards?source=insurer-prevention&uscc=${ENTERPRISE}`,
          { as: inspector },
        );
        return res.body.items?.find((c) => c.sourceRef === finding);
      },
      { timeout: 30_000, interval: 200, message: 'a hazard case from the finding' },
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${hub.output()}`);
    });
    expect(found.sourceRef).toBe(finding);
  });
});
