// The projections are idempotent and order-proof: a redelivered event is applied once, and
// an old overdue event arriving after the hazard was closed does not suspend a licence; a
// closed enterprise's licences are cancelled.
import { createEvent, exchange, newEventId } from '@yiwang/contracts';
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprise } from '../src/db/enterprises.js';
import { hasActivePolicy } from '../src/db/holder-facts.js';
import { hazards } from '../src/db/tables.js';
import {
  call,
  enterpriseRegistered,
  hazardClosed,
  hazardListedOverdue,
  policyIssued,
  uscc,
} from './support/fixtures.js';
import { BOSS, readyForDecision, STAFF, step } from './support/flow.js';
import { startPermits, type PermitsService } from './support/harness.js';

let pm: PermitsService;

async function holderWithLicence(id: string): Promise<string> {
  await pm.publish(enterpriseRegistered(id));
  await pm.publish(policyIssued(`pol-${id}`, id));
  await waitFor(async () => (await findEnterprise(pm.deps.database.db, id)) !== undefined);
  await waitFor(() => hasActivePolicy(pm.deps.database.db, id, '2026-03-02'));
  const a = await readyForDecision(pm, id);
  const done = await step(pm, a.id, 'decision', { outcome: 'approved' }, BOSS);
  return (done['licence'] as { licenceId: string }).licenceId;
}

async function status(id: string): Promise<string> {
  return (await call(pm, 'GET', `/v1/permits/licences/${id}`, undefined, STAFF)).json<{
    status: string;
  }>().status;
}

beforeAll(async () => {
  pm = await startPermits();
});
afterAll(async () => {
  await pm.close();
});

describe('projections', () => {
  it('ignore an overdue event that arrives after the hazard was closed', async () => {
    const holder = uscc(501);
    const licenceId = await holderWithLicence(holder);
    const [listed, overdue] = hazardListedOverdue('hz-501', holder);
    await pm.publish(hazardClosed('hz-501', holder));
    if (listed !== undefined) await pm.publish(listed);
    if (overdue !== undefined) {
      await pm.publish(overdue);
      // The same event again: dropped as a duplicate, and the inbox would skip a redelivery.
      await pm.publish(overdue);
    }
    await waitFor(async () => {
      const rows = await pm.deps.database.db.select().from(hazards);
      const row = rows.find((r) => r.hazardId === 'hz-501');
      return row !== undefined && row.listed && row.overdueSeq > 0;
    });
    expect(await status(licenceId)).toBe('active');
  });

  it('cancel the licences of an enterprise that closed', async () => {
    const holder = uscc(502);
    const licenceId = await holderWithLicence(holder);
    await pm.publish(
      createEvent(exchange.enterpriseClosed, {
        id: newEventId(),
        time: new Date().toISOString(),
        subject: holder,
        region: '330502',
        sequence: 2,
        enterprise: holder,
        data: { uscc: holder, reason: 'bankrupt', closedOn: '2026-03-01' },
      }),
    );
    await waitFor(async () => (await status(licenceId)) === 'cancelled', { timeout: 15_000 });
  });
});
