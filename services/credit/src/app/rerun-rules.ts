// Runs the rules engine again for a subject whose records changed without a new record (an
// accident's level was revised upwards).
import { causedBy } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { lockSubject } from '../db/locks.js';
import { findSubject } from '../db/subjects.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { proposeFromRules } from './propose-listing.js';

/** Locks the subject and proposes a listing if a criterion is now met. */
export async function rerunRules(
  deps: Deps,
  tx: Executor,
  subjectId: string,
  cause: CloudEvent,
): Promise<void> {
  await lockSubject(tx, subjectId);
  const subject = await findSubject(tx, subjectId);
  if (subject !== undefined) await proposeFromRules(deps, tx, subject, causedBy(cause));
}
