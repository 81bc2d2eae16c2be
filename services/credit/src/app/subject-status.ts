// Where a subject stands: normal, pending (a case is proposed or noticed) or listed; its
// rating and the joint-punishment measures in force.
import { listingsOf, openListing } from '../db/listings.js';
import { adverseInEffect } from '../db/records.js';
import type { SubjectRow } from '../db/subjects.js';
import type { Executor } from '../db/types.js';
import { ON_LIST, type Listing } from '../domain/listing.js';
import {
  activeMeasures,
  supervisionOf,
  type Measure,
  type Supervision,
} from '../domain/measures.js';
import type { CreditRules } from '../domain/rules.js';

/** The status of a subject. */
export interface SubjectStatus {
  readonly status: 'normal' | 'pending' | 'listed';
  readonly listing: Listing | undefined;
  readonly adverseRecords: number;
  readonly measures: Measure[];
  readonly supervision: Supervision;
}

/** Computes the status on `today`. */
export async function subjectStatus(
  db: Executor,
  subject: SubjectRow,
  today: string,
  rules: CreditRules,
): Promise<SubjectStatus> {
  const open = openListing(await listingsOf(db, subject.id));
  const listed = open !== undefined && ON_LIST.includes(open.status);
  const { count } = await adverseInEffect(db, subject.id, today);
  return {
    status: open === undefined ? 'normal' : listed ? 'listed' : 'pending',
    listing: open,
    adverseRecords: count,
    measures: activeMeasures({ listed, adverseRecords: count }),
    supervision: supervisionOf({ listed, adverseRecords: count }, rules),
  };
}
