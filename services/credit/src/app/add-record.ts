// Adds a credit record (from staff or from another context's event), idempotently by a dedup
// key. An adverse record lowers the rating for the configured months and brings more
// inspections (≥ 4 a year); every new record runs the rules engine, which may propose a
// listing. All in the caller's transaction, events through the outbox.
import type { Causation } from '@yiwang/bus';
import { createEvent, credit as c } from '@yiwang/contracts';
import { lockSubject } from '../db/locks.js';
import { insertRecord } from '../db/records.js';
import { subjectRef, type SubjectRow } from '../db/subjects.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { addMonths } from '../domain/dates.js';
import { BAD_RECORD_MEASURES } from '../domain/measures.js';
import { isAdverse, type CreditRecord } from '../domain/subject.js';
import { contractSubject, envelope } from '../events/contract-events.js';
import { issueMeasures } from './issue-measures.js';
import { localDate } from './local-date.js';
import { proposeFromRules } from './propose-listing.js';
import { recomputeRating } from './recompute-rating.js';

/** A record as the caller describes it (id, dates and subject id are ours). */
export type NewRecord = Omit<CreditRecord, 'id' | 'subjectId' | 'recordedAt' | 'effectiveUntil'> & {
  /** Namespace of the dedup key: `staff`, or the context an event came from. */
  readonly source: string;
};

/** Adds the record unless it exists; returns it and whether it is new. */
export async function addRecord(
  deps: Deps,
  tx: Executor,
  subject: SubjectRow,
  input: NewRecord,
  causation?: Causation,
): Promise<{ record: CreditRecord; created: boolean }> {
  await lockSubject(tx, subject.id);
  const now = deps.clock.now();
  const today = localDate(now);
  const { source, ...fields } = input;
  const record: CreditRecord = {
    ...fields,
    id: deps.ids.id('rec'),
    subjectId: subject.id,
    recordedAt: now.toISOString(),
    ...(isAdverse(input.kind)
      ? { effectiveUntil: addMonths(today, deps.rules.badRecordMonths) }
      : {}),
  };
  const key = `${source}:${input.kind}:${input.trigger}:${input.triggerRef}:${subject.id}`;
  const result = await insertRecord(tx, record, key);
  if (!result.created) return result;
  const ref = subjectRef(subject);
  await deps.bus.outbox.add(
    tx,
    createEvent(c.recordCreated, {
      ...envelope(deps.ids.uuid(), record.id, 1, ref, record.recordedAt, causation),
      data: {
        recordId: record.id,
        subject: contractSubject(ref),
        trigger: record.trigger,
        triggerRef: record.triggerRef,
        ...(record.penaltyDecisionNumber === undefined
          ? {}
          : { penaltyDecisionNumber: record.penaltyDecisionNumber }),
        decidingDepartment: record.decidingDepartment,
        recordedAt: record.recordedAt,
        kind: record.kind,
        ...(record.accidentLevel === undefined ? {} : { accidentLevel: record.accidentLevel }),
        ...(record.evidenceEventId === undefined
          ? {}
          : { evidenceEventId: record.evidenceEventId }),
      },
    }),
  );
  if (isAdverse(record.kind)) {
    await issueMeasures(
      deps,
      tx,
      {
        subject: ref,
        measures: BAD_RECORD_MEASURES,
        recordId: record.id,
        effectiveFrom: today,
        ...(record.effectiveUntil === undefined ? {} : { effectiveUntil: record.effectiveUntil }),
      },
      causation,
    );
    await recomputeRating(deps, tx, subject.id, 'bad-record', causation);
  }
  await proposeFromRules(deps, tx, subject, causation);
  return result;
}
