// GET /v1/ledger/verify: recomputes the whole chain in batches and names the first entry that
// does not verify (position, why, expected vs found). Also checks that the feed payload of
// each entry still hashes to the recorded payload hash, and that the head row matches.
import { canonicalJson } from '../domain/canonical-json.js';
import { checkEntry, GENESIS_HASH } from '../domain/ledger.js';
import { readHead } from '../db/ledger.js';
import { ledgerBatch, payloadsAt } from '../db/ledger-reads.js';
import type { Deps } from '../deps.js';

const BATCH = 1_000;

/** The verification report. */
export async function verifyLedger(deps: Deps) {
  const db = deps.database.db;
  let previous = { position: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const batch = await ledgerBatch(db, previous.position, BATCH);
    const payloads = await payloadsAt(
      db,
      batch.map((e) => e.position),
    );
    for (const entry of batch) {
      const broken = checkEntry(previous, entry, deps.sha256);
      const payload = payloads.get(entry.position);
      const payloadHash = payload === undefined ? undefined : deps.sha256(canonicalJson(payload));
      const bad =
        broken ??
        (payloadHash !== entry.payloadHash
          ? {
              reason: 'payload-mismatch' as const,
              expected: entry.payloadHash,
              actual: payloadHash ?? 'missing',
            }
          : undefined);
      if (bad !== undefined) {
        const firstBroken = {
          position: entry.position,
          eventId: entry.eventId,
          department: entry.department,
          ...bad,
        };
        return { ok: false, checked, firstBroken };
      }
      previous = entry;
      checked += 1;
    }
    if (batch.length < BATCH) break;
  }
  const head = await readHead(db);
  if (head.position !== previous.position || head.hash !== previous.hash) {
    const firstBroken = {
      position: head.position,
      reason: 'head-mismatch' as const,
      expected: `${previous.position}:${previous.hash}`,
      actual: `${head.position}:${head.hash}`,
    };
    return { ok: false, checked, firstBroken };
  }
  return { ok: true, checked, head: { position: previous.position, hash: previous.hash } };
}
