// Staff propose a listing naming the criterion and the subject's records that meet it (e.g.
// an agency's false report, art. 7(2)); the proposing department decides it later.
import { DomainError } from '@yiwang/service-kit';
import { lockSubject } from '../db/locks.js';
import { recordsOf } from '../db/records.js';
import { findSubject } from '../db/subjects.js';
import type { Deps } from '../deps.js';
import type { Criterion, Listing } from '../domain/listing.js';
import { subjectNotFound } from './decided.js';
import { openCase } from './propose-listing.js';

/** What staff give. */
export interface StaffProposal {
  readonly subjectId: string;
  readonly criterion: Criterion;
  readonly recordIds: readonly string[];
  readonly by: string;
  readonly dept: string;
}

/** Opens the case; `authorize` checks the subject's region. */
export async function proposeByStaff(
  deps: Deps,
  p: StaffProposal,
  authorize: (region: string) => void,
): Promise<Listing> {
  return deps.database.db.transaction(async (tx) => {
    await lockSubject(tx, p.subjectId);
    const subject = await findSubject(tx, p.subjectId);
    if (subject === undefined) throw subjectNotFound(p.subjectId);
    authorize(subject.region);
    const own = new Map((await recordsOf(tx, subject.id)).map((r) => [r.id, r]));
    const missing = p.recordIds.filter((id) => !own.has(id));
    if (missing.length > 0) {
      throw new DomainError('CREDIT.EVIDENCE_UNKNOWN', 'Evidence must be records of the subject.', {
        extensions: { missing },
      });
    }
    const evidence = p.recordIds.map((id) => {
      const r = own.get(id);
      return {
        ref: r?.triggerRef ?? id,
        recordId: id,
        ...(r?.evidenceEventId === undefined ? {} : { eventId: r.evidenceEventId }),
      };
    });
    return openCase(
      deps,
      tx,
      subject,
      { criterion: p.criterion, criterionId: 'staff', evidence },
      { by: p.by, decidingDepartment: p.dept },
    );
  });
}
