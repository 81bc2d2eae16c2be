// Subjects and records by staff: a responsible person's ID number is kept only as a keyed
// hash (never in the database, the response or an event) and found again by it; records are
// idempotent per subject, kind and reference; access is by role and region; an invalid
// USCC is refused.
import { captureEvents } from '@yiwang/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, officer, uscc } from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
const AGENCY = uscc(401);
const ID_NUMBER = '33050219800101123X';

beforeAll(async () => {
  cr = await startCredit();
});
afterAll(async () => {
  await cr.close();
});

describe('subjects', () => {
  it('an agency and its responsible person; the ID number is stored only as a keyed hash', async () => {
    const capture = await captureEvents(cr.nc, `${cr.prefix}.credit.>`);
    const agency = await call(cr, 'POST', '/v1/credit/subjects', {
      kind: 'agency',
      uscc: AGENCY,
      name: '湖州安评技术服务有限公司',
      region: '330502',
    });
    expect(agency.statusCode, agency.body).toBe(201);
    const person = await call(cr, 'POST', '/v1/credit/subjects', {
      kind: 'responsible-person',
      idNumber: ID_NUMBER,
      name: '张三',
      enterpriseUscc: AGENCY,
    });
    expect(person.statusCode, person.body).toBe(201);
    const personId = person.json<{ id: string }>().id;
    expect(person.body).not.toContain(ID_NUMBER);
    const again = await call(cr, 'POST', '/v1/credit/subjects', {
      kind: 'responsible-person',
      idNumber: ID_NUMBER.toLowerCase(),
      name: '张三',
      enterpriseUscc: AGENCY,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ id: string }>().id).toBe(personId);
    const found = await call(cr, 'POST', '/v1/credit/persons/lookup', { idNumber: ID_NUMBER });
    expect(found.json()).toMatchObject({ id: personId, kind: 'responsible-person', uscc: AGENCY });
    const rows = await cr.deps.database.db.execute(
      sql`select * from subjects where id_hash is not null`,
    );
    expect(JSON.stringify(rows.rows)).not.toContain(ID_NUMBER.slice(0, 12));
    const record = await call(cr, 'POST', '/v1/credit/records', {
      subjectId: personId,
      kind: 'penalty',
      trigger: 'other',
      triggerRef: 'pen-1',
      occurredOn: '2026-02-01',
      summary: 'Signed a false safety evaluation report',
      penaltyDecisionNumber: '湖应急罚〔2026〕7号',
    });
    expect(record.statusCode, record.body).toBe(201);
    const created = await capture.waitForEvent((e) => e.event.type.endsWith('record.created.v1'));
    expect(JSON.stringify(created.event)).not.toContain(ID_NUMBER.slice(0, 12));
    expect(created.event.data).toMatchObject({
      subject: { kind: 'responsible-person', personId, uscc: AGENCY, name: '张三' },
      kind: 'penalty',
      decidingDepartment: 'bureau',
    });
    await capture.stop();
  });

  it('staff records are idempotent; a false agency report proposes art. 7(2); a second case conflicts', async () => {
    const body = {
      subjectId: AGENCY,
      kind: 'penalty',
      triggerRef: 'pen-2',
      fact: 'false-agency-report',
      occurredOn: '2026-02-01',
      summary: 'False safety evaluation report',
    };
    const first = await call(cr, 'POST', '/v1/credit/records', body);
    const retry = await call(cr, 'POST', '/v1/credit/records', body);
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    // The rules engine proposed art. 7(2) from the fact; a staff proposal now conflicts.
    const listings = await call(cr, 'GET', `/v1/credit/listings?subjectId=${AGENCY}`);
    expect(listings.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({ criterion: 'false-agency-report', criterionId: 'art7-2' }),
    ]);
    const proposal = await call(cr, 'POST', '/v1/credit/listings', {
      subjectId: AGENCY,
      criterion: 'false-agency-report',
      recordIds: [first.json<{ id: string }>().id],
    });
    expect(proposal.statusCode).toBe(409);
  });

  it('are refused outside the caller’s region, to an enterprise for another one, and with a bad USCC', async () => {
    const elsewhere = { ...officer, regions: ['330521'] };
    expect(
      (await call(cr, 'GET', `/v1/credit/subjects/${AGENCY}`, undefined, elsewhere)).statusCode,
    ).toBe(403);
    const other = { roles: ['enterprise'], dept: uscc(999) };
    expect(
      (await call(cr, 'GET', `/v1/credit/subjects/${AGENCY}`, undefined, other)).statusCode,
    ).toBe(403);
    const bad = await call(cr, 'POST', '/v1/credit/subjects', {
      kind: 'enterprise',
      uscc: AGENCY.slice(0, 17) + (AGENCY.endsWith('0') ? '1' : '0'),
      name: 'x',
      region: '330502',
    });
    expect(bad.json()).toMatchObject({ code: 'CREDIT.USCC_INVALID' });
    const date = await call(cr, 'POST', '/v1/credit/records', {
      subjectId: AGENCY,
      kind: 'penalty',
      triggerRef: 'pen-9',
      occurredOn: '2026-02-30',
      summary: 's',
    });
    expect(date.json()).toMatchObject({ code: 'CREDIT.DATE_INVALID' });
  });
});
