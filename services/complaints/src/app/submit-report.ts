// Intake: POST /v1/reports (and Open311 POST requests). ONE SQL statement writes the report, its
// sealed identity, `complaints.report.received` in the outbox, the idempotency record and any
// extra row (the Open311 token): atomic without BEGIN/COMMIT, and the only round trip of the
// busiest route (bench/complaints), sent as a named prepared statement (db/intake-statement.ts).
// It ends with the bus's wake-up, a NOTIFY only while the relay is idle (NOTIFY serialises
// commits; see @yiwang/bus `outbox.parts`).
import { createHash } from 'node:crypto';
import { checkUscc } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import type { SQLWrapper } from 'drizzle-orm';
import { executeIntake } from '../db/intake-statement.js';
import { executeAsOne, newReportInserts, type Tx } from '../db/report-store.js';
import type { Deps } from '../deps.js';
import { matterKey } from '../domain/report/matter.js';
import { receiveReport, type ReceiveReport } from '../domain/report/receive.js';
import type { SealedIdentity } from './identity-vault.js';
import {
  findIdempotent,
  idempotencyInsert,
  idempotencyRow,
  type IntakeAnswer,
} from './intake-idempotency.js';
import { applyReportEvents } from './publish-report-events.js';
import { hashAccessKey, newAccessKey, newTrackingCode } from './report-secrets.js';
import { asDomainError } from './run-in-transaction.js';

export type SubmitReport = Omit<ReceiveReport, 'id' | 'at' | 'named' | 'deadlines'> & {
  readonly identity: SealedIdentity;
  readonly idempotencyKey?: string | undefined;
  /** One more INSERT in intake's statement (e.g. the Open311 request token); not executed. */
  readonly alsoInsert?:
    ((tx: Pick<Tx, 'insert'>, reportId: string, at: string) => SQLWrapper) | undefined;
};

/** Records a new report; a retry with the same Idempotency-Key gets the first answer again. */
export async function submitReport(deps: Deps, input: SubmitReport): Promise<IntakeAnswer> {
  const uscc = input.enterprise.uscc;
  if (uscc !== undefined && !checkUscc(uscc).ok) {
    throw new DomainError(
      'COMPLAINTS.INVALID_USCC',
      'The unified social credit code is not valid (GB 32100-2015 check digit); check it or give the enterprise name only.',
    );
  }
  // only a retry needs the request's digest (to tell a reused key with another body)
  const requestHash = input.idempotencyKey === undefined ? '' : hashRequest(input);
  try {
    return await intake(deps, input, requestHash);
  } catch (error) {
    // Two requests with one Idempotency-Key raced: the loser's insert hit the key; run again to
    // answer from the winner's record.
    if (input.idempotencyKey !== undefined && isUniqueViolation(error)) {
      return intake(deps, input, requestHash);
    }
    throw asDomainError(error);
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

async function intake(deps: Deps, input: SubmitReport, requestHash: string): Promise<IntakeAnswer> {
  const { db } = deps.database;
  if (input.idempotencyKey !== undefined) {
    const earlier = await findIdempotent(deps, db, input.idempotencyKey, requestHash);
    if (earlier !== undefined) return earlier;
  }
  const at = deps.clock().toISOString();
  const id = deps.ids();
  const events = receiveReport({
    ...input,
    id,
    at,
    named: input.identity.reporter !== undefined,
    employee: input.identity.reporter?.employee ?? input.employee,
    deadlines: deps.deadlines,
  });
  const answer = {
    id,
    trackingCode: newTrackingCode(),
    accessKey: newAccessKey(),
  };
  const { state, contract } = applyReportEvents(deps, undefined, events);
  const row = {
    trackingCode: answer.trackingCode,
    accessKeyHash: hashAccessKey(answer.accessKey),
    // groups reports of the same matter; triage links a repeat to the first (triage-report.ts)
    matterKey: matterKey(input.enterprise),
    sealed: deps.vault.seal(id, input.identity),
    at,
  };
  if (input.alsoInsert === undefined) {
    // the busy path: a prepared statement of constant text (src/db/intake-statement.ts)
    const idempotency =
      input.idempotencyKey === undefined
        ? undefined
        : idempotencyRow(deps, input.idempotencyKey, requestHash, answer);
    await executeIntake(deps.database.pool, deps.bus.outbox, {
      report: state,
      row,
      leads: deps.deadlines,
      idempotency,
      events: contract,
    });
    return { ...answer, replayed: false };
  }
  const outbox = deps.bus.outbox.parts(db, contract);
  await executeAsOne(db, [
    ...newReportInserts(db, state, row, deps.deadlines),
    ...(input.idempotencyKey === undefined
      ? []
      : [idempotencyInsert(deps, db, input.idempotencyKey, requestHash, answer, at)]),
    input.alsoInsert(db, id, at),
    outbox.insert,
    outbox.wake,
  ]);
  return { ...answer, replayed: false };
}

/** A digest of the request, so a reused key with a different body is recognised. */
function hashRequest(input: SubmitReport): string {
  const { idempotencyKey: _key, alsoInsert: _insert, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}
