// Events of other contexts become records idempotently: a redelivered event (same event id,
// past JetStream's duplicate window) and a second event about the same case change nothing.
// Criteria from events: two larger accidents 13 months apart propose nothing; a revision to
// major proposes; a substantiated illegal-operation report proposes art. 7(1); an overdue
// major hazard is a bad record that drops the rating one level. A licensing violation from
// permits (operating while suspended) proposes art. 7(1), once; one beyond scope does not.
import { captureEvents, waitFor, type EventCapture } from '@yiwang/testing';
import { newEventId } from '@yiwang/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listListings } from '../src/db/listings.js';
import { recordsOf } from '../src/db/records.js';
import {
  accidentReported,
  accidentRevised,
  call,
  enterpriseRegistered,
  hazardOverdue,
  illegalOperation,
  uscc,
  violationRecorded,
} from './support/fixtures.js';
import { startCredit, type CreditService } from './support/harness.js';

let cr: CreditService;
let capture: EventCapture;

beforeAll(async () => {
  cr = await startCredit();
  capture = await captureEvents(cr.nc, `${cr.prefix}.credit.>`);
});
afterAll(async () => {
  await capture.stop();
  await cr.close();
});

const records = (id: string) => recordsOf(cr.deps.database.db, id);
const listings = (id: string) => listListings(cr.deps.database.db, { subjectId: id, limit: 10 });
const ofType = (type: string, subject: string) =>
  capture.events.filter((e) => e.event.type.endsWith(type) && e.event.enterprise === subject)
    .length;

describe('redelivery', () => {
  it('the same event twice, or a second event about the same case, records once', async () => {
    const ent = uscc(201);
    const event = hazardOverdue('hz-1', ent);
    await cr.publish(event);
    await cr.publish(event, newEventId()); // same event id, new message: the inbox stops it
    await cr.publish({ ...hazardOverdue('hz-1', ent) }); // new event id, same case and deadline
    await cr.publish(hazardOverdue('hz-marker', ent));
    await waitFor(async () => (await records(ent)).length === 2);
    await waitFor(() => ofType('record.created.v1', ent) === 2);
    // Messages of different aggregates may be handled out of order: give the copies time.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await records(ent)).map((r) => r.triggerRef).sort()).toEqual([
      'hz-1:2026-02-28',
      'hz-marker:2026-02-28',
    ]);
    expect(ofType('record.created.v1', ent)).toBe(2);
  });
});

describe('criteria from events', () => {
  it('two larger accidents 13 months apart propose nothing', async () => {
    const ent = uscc(202);
    await cr.publish(accidentReported('acc-a1', ent, 'larger', '2025-01-10T01:00:00Z'));
    await cr.publish(accidentReported('acc-a2', ent, 'larger', '2026-02-10T01:00:00Z'));
    await waitFor(async () => (await records(ent)).length === 2);
    expect(await listings(ent)).toEqual([]);
  });
  it('a general accident revised to major proposes art. 6(1); a stale revision is ignored', async () => {
    const ent = uscc(203);
    await cr.publish(accidentReported('acc-b1', ent, 'general', '2026-02-10T01:00:00Z'));
    await waitFor(async () => (await records(ent)).length === 1);
    await cr.publish(accidentRevised('acc-b1', ent, 'general', 'major', 3));
    const [listing] = await waitFor(async () => {
      const all = await listings(ent);
      return all.length > 0 ? all : undefined;
    });
    expect(listing).toMatchObject({ criterion: 'major-accident', criterionId: 'art6-1' });
    await cr.publish(accidentRevised('acc-b1', ent, 'major', 'larger', 2)); // older: no-op
    await cr.publish(hazardOverdue('hz-b', ent));
    await waitFor(async () => (await records(ent)).length === 2);
    expect((await records(ent))[0]?.accidentLevel).toBe('major');
  });
  it('a substantiated illegal-operation report proposes art. 7(1)', async () => {
    const ent = uscc(204);
    await cr.publish(illegalOperation('0195f0e4-2222-7000-8000-000000000001', ent));
    const [listing] = await waitFor(async () => {
      const all = await listings(ent);
      return all.length > 0 ? all : undefined;
    });
    expect(listing).toMatchObject({ criterion: 'unlicensed-operation', criterionId: 'art7-1' });
  });
});

describe('principals', () => {
  it('a major accident proposes the enterprise and its registered principal, not other persons', async () => {
    const ent = uscc(206);
    await cr.publish(enterpriseRegistered(ent, '3'));
    await waitFor(
      async () => (await call(cr, 'GET', `/v1/credit/subjects/${ent}`)).statusCode === 200,
    );
    const person = (idNumber: string, role: string) =>
      call(cr, 'POST', '/v1/credit/subjects', {
        kind: 'responsible-person',
        idNumber,
        name: role === 'principal' ? '李四' : '王五',
        enterpriseUscc: ent,
        role,
      });
    const principal = (await person('330502197001011234', 'principal')).json<{ id: string }>().id;
    const other = (await person('330502197501015678', 'responsible')).json<{ id: string }>().id;
    await cr.publish(accidentReported('acc-p1', ent, 'major', '2026-02-20T01:00:00Z'));
    const [forPrincipal] = await waitFor(async () => {
      const all = await listings(principal);
      return all.length > 0 ? all : undefined;
    });
    expect(forPrincipal).toMatchObject({
      criterion: 'major-accident',
      subject: { kind: 'responsible-person', uscc: ent, name: '李四' },
      evidence: [{ ref: 'acc-p1' }],
    });
    expect(await listings(ent)).toHaveLength(1);
    expect(await listings(other)).toEqual([]);
  });
});

describe('ratings', () => {
  it('follow the directory grade; a bad record drops one level with a reason', async () => {
    const ent = uscc(205);
    await cr.publish(enterpriseRegistered(ent, '1'));
    await waitFor(async () => {
      const r = await call(cr, 'GET', `/v1/credit/subjects/${ent}`);
      return r.statusCode === 200 && r.json<{ rating: number }>().rating === 1;
    });
    await cr.publish(hazardOverdue('hz-c', ent));
    const subject = await waitFor(async () => {
      const r = (await call(cr, 'GET', `/v1/credit/subjects/${ent}`)).json<{
        rating: number;
        ratingReasons: string[];
        measures: string[];
        supervision: { inspectionsPerYear: number | null };
      }>();
      return r.rating === 2 ? r : undefined;
    });
    expect(subject.ratingReasons).toEqual([
      'safety-standardisation grade 1',
      '1 adverse record(s) in effect: -1',
    ]);
    expect(subject.measures).toEqual(['more-inspections']);
    expect(subject.supervision.inspectionsPerYear).toBe(4);
    const changed = await capture.waitForEvent(
      (e) =>
        e.event.type.endsWith('rating.changed.v1') &&
        e.event.subject === ent &&
        (e.event.data as { level: number }).level === 2,
    );
    expect(changed.event.data).toMatchObject({ previousLevel: 1, reason: 'bad-record' });
  });
});

describe('licensing violations from permits', () => {
  it('operating while suspended proposes art. 7(1); a redelivery records nothing more', async () => {
    const ent = uscc(207);
    const event = violationRecorded('vio-1', ent, 'operating-while-suspended');
    await cr.publish(event);
    const [listing] = await waitFor(async () => {
      const all = await listings(ent);
      return all.length > 0 ? all : undefined;
    });
    expect(listing).toMatchObject({
      criterion: 'unlicensed-operation',
      criterionId: 'art7-1',
      evidence: [{ ref: 'vio-1' }],
    });
    expect(await records(ent)).toMatchObject([
      { kind: 'bad-record', trigger: 'permit-violation', triggerRef: 'vio-1' },
    ]);
    await cr.publish(event, newEventId()); // the inbox stops it
    await cr.publish({ ...event, id: newEventId() }); // same violation: the dedup key stops it
    await cr.publish(hazardOverdue('hz-v', ent));
    await waitFor(async () => (await records(ent)).length === 2);
    await waitFor(() => ofType('record.created.v1', ent) === 2); // both published by the relay
    // then give the two duplicates time to do harm, if they could
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await records(ent)).map((r) => r.triggerRef).sort()).toEqual([
      'hz-v:2026-02-28',
      'vio-1',
    ]);
    expect(await listings(ent)).toHaveLength(1);
    expect(ofType('record.created.v1', ent)).toBe(2);
  });
  it('beyond its scope is an adverse record without a listing', async () => {
    const ent = uscc(208);
    await cr.publish(violationRecorded('vio-2', ent, 'beyond-scope'));
    const [record] = await waitFor(async () => {
      const all = await records(ent);
      return all.length > 0 ? all : undefined;
    });
    expect(record).toMatchObject({ kind: 'bad-record', trigger: 'permit-violation' });
    expect(record?.fact).toBeUndefined();
    expect(await listings(ent)).toEqual([]);
  });
});
