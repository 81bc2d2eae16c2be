// Checks before acting: a department may check only for purposes governed by a measure its
// policy holds (403 otherwise); every check, refused ones too, is in the audit log with who
// asked and for what. Policies come from the directory (defaults by department kind) or an
// administrator, who always wins.
import { createEvent, exchange, newEventId } from '@yiwang/contracts';
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, hazardOverdue, uscc } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
const ENT = uscc(301);
const insurer = { roles: ['credit-checker'], dept: 'insurer-a', sub: 'underwriter-1' };
const admin = { roles: ['admin'], sub: 'admin-1' };

function departmentRegistered(id: string, kind: string) {
  return createEvent(exchange.departmentRegistered, {
    id: newEventId(),
    time: new Date().toISOString(),
    subject: id,
    region: '330500',
    sequence: 1,
    data: {
      departmentId: id,
      name: 'PICC Huzhou',
      kind,
      regions: ['330500'],
      deliveries: ['pull'],
      legalBasis: '应急〔2025〕27号',
      agreementExpiresOn: '2030-01-01',
      registeredAt: new Date().toISOString(),
    } as never,
  });
}

beforeAll(async () => {
  cr = await startCredit();
  await cr.publish(departmentRegistered('insurer-a', 'insurer'));
  await cr.publish(hazardOverdue('hz-1', ENT));
  await waitFor(async () => {
    const r = await call(cr, 'GET', '/v1/credit/measures', undefined, insurer);
    return r.json<{ mine: string[] }>().mine.includes('insurance-premium-surcharge');
  });
  await waitFor(
    async () => (await call(cr, 'GET', `/v1/credit/subjects/${ENT}`)).statusCode === 200,
  );
});
afterAll(async () => {
  await cr.close();
});

describe('checks', () => {
  it('answer for a purpose the department’s policy covers, and are logged', async () => {
    const res = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ENT, purpose: 'insurance-pricing' },
      insurer,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'allowed', status: 'normal', measureIds: [] });
  });
  it('are refused (403) for a purpose outside the policy, and the refusal is logged', async () => {
    const res = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ENT, purpose: 'loan' },
      insurer,
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CREDIT.MEASURE_FORBIDDEN' });
    const log = await call(cr, 'GET', '/v1/credit/checks?department=insurer-a', undefined, admin);
    expect(log.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({ purpose: 'loan', outcome: 'refused', askedBy: 'underwriter-1' }),
      expect.objectContaining({ purpose: 'insurance-pricing', outcome: 'allowed', uscc: ENT }),
    ]);
  });
  it('an administrator’s policy replaces the default, and the directory does not override it', async () => {
    const put = await call(
      cr,
      'PUT',
      '/v1/credit/departments/insurer-a/measures',
      { measures: ['more-inspections'] },
      admin,
    );
    expect(put.statusCode, put.body).toBe(200);
    await cr.publish(departmentRegistered('insurer-a', 'insurer'));
    const res = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ENT, purpose: 'inspection-planning' },
      insurer,
    );
    expect(res.json()).toMatchObject({ outcome: 'conditional', measureIds: ['more-inspections'] });
    const denied = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ENT, purpose: 'insurance-pricing' },
      insurer,
    );
    expect(denied.statusCode).toBe(403);
  });
  it('need a checker role; the audit log needs an administrator or auditor', async () => {
    const anon = await call(cr, 'POST', '/v1/credit/checks', { uscc: ENT, purpose: 'loan' }, null);
    expect(anon.statusCode).toBe(401);
    const ent = await call(
      cr,
      'POST',
      '/v1/credit/checks',
      { uscc: ENT, purpose: 'loan' },
      {
        roles: ['enterprise'],
        dept: ENT,
      },
    );
    expect(ent.statusCode).toBe(403);
    expect((await call(cr, 'GET', '/v1/credit/checks', undefined, insurer)).statusCode).toBe(403);
  });
});
