// Whether a licence's current term had no fatal accident (安全生产许可证条例 art. 9: such a
// licence is renewed without review), from the accident projection of hazards' events.
import { fatalAccidentBetween } from '../db/holder-facts.js';
import type { Executor } from '../db/types.js';
import type { Licence } from '../domain/licence.js';
import { startOfLocalDate } from './local-date.js';

/** True when no accident with deaths occurred at the holder from the term's start to `now`. */
export async function noFatalAccidentInTerm(
  tx: Executor,
  licence: Licence,
  now: Date,
): Promise<boolean> {
  return !(await fatalAccidentBetween(tx, licence.uscc, startOfLocalDate(licence.termStart), now));
}
