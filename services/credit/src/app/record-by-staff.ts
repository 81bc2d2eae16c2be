// A record entered by authorised staff (penalty, bad record, listing decision, good conduct).
// Natural idempotency: the same subject, kind, trigger and reference give the same record.
import { findSubject } from '../db/subjects.js';
import type { Deps } from '../deps.js';
import type { CreditRecord } from '../domain/subject.js';
import { addRecord, type NewRecord } from './add-record.js';
import { subjectNotFound } from './decided.js';

/** Adds the record to `subjectId`; `authorize` checks the subject's region. */
export async function recordByStaff(
  deps: Deps,
  subjectId: string,
  input: Omit<NewRecord, 'source'>,
  authorize: (region: string) => void,
): Promise<{ record: CreditRecord; created: boolean }> {
  return deps.database.db.transaction(async (tx) => {
    const subject = await findSubject(tx, subjectId);
    if (subject === undefined) throw subjectNotFound(subjectId);
    authorize(subject.region);
    return addRecord(deps, tx, subject, { ...input, source: 'staff' });
  });
}
