// Makes a credit record from another context's event, idempotently (inbox + dedup key): the
// enterprise is the event's `enterprise` extension, the evidence link is the event id, and
// the bureau is the deciding department. An event about no enterprise is skipped.
import { causedBy } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { CreditRecord } from '../domain/subject.js';
import { addRecord } from './add-record.js';
import { ensureEnterprise } from './ensure-enterprise.js';
import { localDate } from './local-date.js';

/** What the consumer says about the record. */
export type RecordFromEvent = Pick<
  CreditRecord,
  'kind' | 'trigger' | 'triggerRef' | 'fact' | 'accidentLevel' | 'summary' | 'penaltyDecisionNumber'
> & { readonly occurredAt: string };

/** Records `spec` for the event's enterprise; false when the event names none. */
export async function recordFromEvent(
  deps: Deps,
  tx: Executor,
  event: CloudEvent,
  spec: RecordFromEvent,
): Promise<boolean> {
  if (event.enterprise === undefined) return false;
  const subject = await ensureEnterprise(tx, event.enterprise, event.region, deps.clock.now());
  const { occurredAt, ...fields } = spec;
  await addRecord(
    deps,
    tx,
    subject,
    {
      ...fields,
      source: event.source,
      occurredOn: localDate(new Date(occurredAt)),
      decidingDepartment: deps.config.CREDIT_BUREAU_DEPARTMENT,
      evidenceEventId: event.id,
      recordedBy: deps.config.CREDIT_SERVICE_ACTOR,
    },
    causedBy(event),
  );
  return true;
}
