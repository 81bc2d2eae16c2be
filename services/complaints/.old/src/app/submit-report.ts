// Intake: POST /v1/reports (and Open311 POST requests). One transaction writes the report, its
// sealed identity, the idempotency record and `complaints.report.received` to the outbox.
import { createHash } from 'node:crypto';
import { checkUscc } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import type { Tx } from '../db/report-store.js';
import { firstOfMatter } from '../db/matter-queries.js';
import type { Deps } from '../deps.js';
import { matterKey } from '../domain/report/matter.js';
import { receiveReport, type ReceiveReport } from '../domain/report/receive.js';
import type { SealedIdentity } from './identity-vault.js';
import { findIdempotent, rememberIdempotent, type IntakeAnswer } from './intake-idempotency.js';
import { publishReportEvents } from './publish-report-events.js';
import { hashAccessKey, newAccessKey, newTrackingCode } from './report-secrets.js';
import { inTransaction } from './run-in-transaction.js';

export type SubmitReport = Omit<ReceiveReport, 'id' | 'at' | 'named' | 'duplicateOf'> & {
  readonly identity: SealedIdentity;
  readonly idempotencyKey?: string | undefined;
  /** More writes in the same transaction (e.g. the Open311 request token). */
  readonly alsoWrite?: ((tx: Tx, reportId: string, at: string) => Promise<void>) | undefined;
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
  const requestHash = hashRequest(input);
  try {
    return await intake(deps, input, requestHash);
  } catch (error) {
    // Two requests with one Idempotency-Key raced: the loser's insert hit the key; run again to
    // answer from the winner's record.
    if (input.idempotencyKey !== undefined && isUniqueViolation(error)) {
      return intake(deps, input, requestHash);
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return e?.code === '23505' || e?.cause?.code === '23505';
}

async function intake(deps: Deps, input: SubmitReport, requestHash: string): Promise<IntakeAnswer> {
  return inTransaction(deps, async (tx) => {
    if (input.idempotencyKey !== undefined) {
      const earlier = await findIdempotent(deps, tx, input.idempotencyKey, requestHash);
      if (earlier !== undefined) return earlier;
    }
    const now = deps.clock();
    const at = now.toISOString();
    // No lock: linking here is informational; the reward decision re-counts the matter.
    const key = matterKey(input.enterprise);
    const windowStart = new Date(
      now.getTime() - deps.config.COMPLAINTS_DUPLICATE_WINDOW_DAYS * 86_400_000,
    );
    const first = await firstOfMatter(tx, key, input.scope, windowStart.toISOString());
    const id = deps.ids();
    const events = receiveReport({
      ...input,
      id,
      at,
      named: input.identity.reporter !== undefined,
      employee: input.identity.reporter?.employee ?? input.employee,
      duplicateOf: first,
    });
    const answer = {
      id,
      trackingCode: newTrackingCode(),
      accessKey: newAccessKey(),
      ...(first === undefined ? {} : { duplicateOf: first }),
    };
    await publishReportEvents(deps, tx, undefined, events, at, {
      insert: {
        trackingCode: answer.trackingCode,
        accessKeyHash: hashAccessKey(answer.accessKey),
        matterKey: key,
        sealed: deps.vault.seal(id, input.identity),
      },
    });
    if (input.idempotencyKey !== undefined) {
      await rememberIdempotent(deps, tx, input.idempotencyKey, requestHash, answer, at);
    }
    await input.alsoWrite?.(tx, id, at);
    return { ...answer, replayed: false };
  });
}

/** A digest of the request, so a reused key with a different body is recognised. */
function hashRequest(input: SubmitReport): string {
  const { idempotencyKey: _key, alsoWrite: _write, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}
