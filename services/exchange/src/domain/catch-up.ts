// A department that joins late catches up on what its policy would have granted it: the
// events of the last EXCHANGE_ARCHIVE_DAYS (issue #11, scenario 3). Nothing older is kept, so
// a request reaching further back is refused rather than silently shortened.
import type { Rejection } from './decision.js';

const DAY_MS = 86_400_000;

/** Where a catch-up starts, or why it cannot. */
export type CatchUpStart =
  | { readonly ok: true; readonly from: Date }
  | { readonly ok: false; readonly rejection: Rejection };

/** `since`, or by default the oldest instant the archive still holds at `now`. */
export function decideCatchUpStart(now: Date, archiveDays: number, since?: Date): CatchUpStart {
  const oldest = new Date(now.getTime() - archiveDays * DAY_MS);
  if (since === undefined) return { ok: true, from: oldest };
  if (since.getTime() < oldest.getTime()) {
    return {
      ok: false,
      rejection: {
        code: 'EXCHANGE.CATCH_UP_TOO_OLD',
        detail: `Events are kept for ${archiveDays} days: catch up from ${oldest.toISOString()} or later.`,
        extensions: { oldest: oldest.toISOString() },
      },
    };
  }
  return { ok: true, from: since };
}
