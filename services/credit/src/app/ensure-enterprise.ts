// The enterprise subject an event of another context is about. An enterprise the directory
// projection has not delivered yet is created with its USCC as a provisional name and the
// event's region; the directory event fills in name and grade when it arrives.
import { findSubject, insertSubject, type SubjectRow } from '../db/subjects.js';
import type { Executor } from '../db/types.js';

/** Finds or creates the enterprise subject of `uscc`. */
export async function ensureEnterprise(
  tx: Executor,
  uscc: string,
  region: string,
  at: Date,
): Promise<SubjectRow> {
  const found = await findSubject(tx, uscc);
  if (found !== undefined) return found;
  return insertSubject(tx, {
    id: uscc,
    kind: 'enterprise',
    uscc,
    name: uscc,
    region,
    idHash: null,
    personRole: null,
    standardisation: null,
    rating: null,
    ratingReasons: null,
    ratingReviewOn: null,
    createdAt: at,
    updatedAt: at,
  });
}
