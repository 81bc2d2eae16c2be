// Idempotency-Key on intake (draft-ietf-httpapi-idempotency-key-header): the first answer is
// kept 24 h so a retry gets it again, access key included. That key is stored sealed by the
// vault (never in clear) and bound to the idempotency key as authenticated data.
import { DomainError } from '@yiwang/service-kit';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/report-store.js';
import { idempotencyKeys } from '../db/tables.js';
import type { Deps } from '../deps.js';

/** What intake answers. */
export interface IntakeAnswer {
  readonly id: string;
  readonly trackingCode: string;
  readonly accessKey: string;
  /** True when this is a repeated answer to a retried request. */
  readonly replayed: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The stored answer for `key`, or `undefined`; a different request under the key is a 409.
 * No lock is needed: the key is the table's primary key, so of two concurrent first uses one
 * insert fails with a unique violation and that request reads the winner's answer here again.
 */
export async function findIdempotent(
  deps: Pick<Deps, 'vault' | 'clock'>,
  tx: Pick<Tx, 'select' | 'delete'>,
  key: string,
  requestHash: string,
): Promise<IntakeAnswer | undefined> {
  const [row] = await tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
  if (row === undefined) return undefined;
  if (Date.parse(row.createdAt) < deps.clock().getTime() - DAY_MS) {
    await tx
      .delete(idempotencyKeys)
      .where(and(eq(idempotencyKeys.key, key), eq(idempotencyKeys.createdAt, row.createdAt)));
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

/** The INSERT storing the first answer under `key` (part of intake's one statement). */
export function idempotencyInsert(
  deps: Pick<Deps, 'vault'>,
  tx: Pick<Tx, 'insert'>,
  key: string,
  requestHash: string,
  answer: Omit<IntakeAnswer, 'replayed'>,
  at: string,
) {
  const { kid, sealedAnswer } = idempotencyRow(deps, key, requestHash, answer);
  return tx
    .insert(idempotencyKeys)
    .values({ key, requestHash, reportId: answer.id, kid, sealedAnswer, createdAt: at });
}

/** The idempotency record's own columns: the first answer sealed under `key`. */
export function idempotencyRow(
  deps: Pick<Deps, 'vault'>,
  key: string,
  requestHash: string,
  answer: Omit<IntakeAnswer, 'replayed'>,
) {
  const { kid, sealed } = deps.vault.sealSecret(`idem:${key}`, JSON.stringify(answer));
  return { key, requestHash, kid, sealedAnswer: sealed };
}
