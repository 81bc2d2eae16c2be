// Opens a case for another context's event (12350 report, grid report, IoT alarm, insurer
// finding), linked back to its source record. A dedup key keeps one open case per key
// (an installation and cause for IoT alarms; the source record otherwise).
import { causedBy } from '@yiwang/bus';
import type { CloudEvent } from '@yiwang/contracts';
import { sql } from 'drizzle-orm';
import { findOpenByDedupKey } from '../db/hazards.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Hazard } from '../domain/hazard.js';
import { reportHazard, type NewHazard } from './report-hazard.js';

/** Opens the case unless one with `dedupKey` is open; returns it and whether it is new. */
export async function openCaseFromEvent(
  deps: Deps,
  tx: Executor,
  event: CloudEvent,
  input: NewHazard,
  dedupKey: string,
): Promise<{ hazard: Hazard; opened: boolean }> {
  // Two alarms of one installation may be handled at once: serialise on the key.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${dedupKey}))`);
  const existing = await findOpenByDedupKey(tx, dedupKey);
  if (existing !== undefined) return { hazard: existing.hazard, opened: false };
  const hazard = await reportHazard(deps, input, {
    by: deps.config.HAZARDS_SERVICE_ACTOR,
    dedupKey,
    causation: causedBy(event),
    tx,
  });
  return { hazard, opened: true };
}
