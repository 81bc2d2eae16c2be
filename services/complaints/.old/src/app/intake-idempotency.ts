// Idempotency-Key on intake (draft-ietf-httpapi-idempotency-key-header): the first answer is
// kept 24 h so a retry gets it again, access key included. That key is stored sealed by the
// vault (never in clear) and bound to the idempotency key as authenticated data.
import { DomainError } from '@yiwang/service-kit';
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/report-store.js';
import { idempotencyKeys } from '../db/tables.js';
import type { Deps } from '../deps.js';

/** What intake answers. */
export interface IntakeAnswer {
  readonly id: string;
  readonly trackingCode: string;
  readonly accessKey: string;
  readonly duplicateOf?: string;
  /** True when this is a repeated answer to a retried request. */
  readonly replayed: boolean;
}

const DAY_MS = 86_400_000;

/** The stored answer for `key`, or `undefined`; a different request under the key is a 409. */
export async function findIdempotent(
  deps: Pick<Deps, 'vault' | 'clock'>,
  tx: Tx,
  key: string,
  requestHash: string,
): Promise<IntakeAnswer | undefined> {
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.key, key))
    .for('update');
  if (row === undefined) return undefined;
  if (Date.parse(row.createdAt) < deps.clock().getTime() - DAY_MS) {
    await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    return undefined;
  }
  if (row.requestHash !== requestHash) {
    throw new DomainError(
      'COMPLAINTS.IDEMPOTENCY_CONFLICT',
      'This Idempotency-Key was already used for a different report; use a new key for a new report.',
    );
  }
  const stored = JSON.parse(
    deps.vault.openSecret(`idem:${key}`, row.kid, row.sealedAnswer),
  ) as Omit<IntakeAnswer, 'replayed'>;
  return { ...stored, replayed: true };
}

/** Stores the first answer under `key`. */
export async function rememberIdempotent(
  deps: Pick<Deps, 'vault'>,
  tx: Tx,
  key: string,
  requestHash: string,
  answer: Omit<IntakeAnswer, 'replayed'>,
  at: string,
): Promise<void> {
  const { kid, sealed } = deps.vault.sealSecret(`idem:${key}`, JSON.stringify(answer));
  await tx
    .insert(idempotencyKeys)
    .values({ key, requestHash, reportId: answer.id, kid, sealedAnswer: sealed, createdAt: at });
}
