// Idempotency-Key on creates (draft-ietf-httpapi-idempotency-key-header): a retry with the
// same key and body within HAZARDS_IDEMPOTENCY_HOURS gets the resource created the first time;
// the same key with another body is 409. Keys are per caller and route, and serialised by an
// advisory lock so two concurrent first uses cannot both create.
import { createHash } from 'node:crypto';
import { DomainError } from '@yiwang/service-kit';
import { and, eq, sql } from 'drizzle-orm';
import { idempotencyKeys as k } from '../db/tables.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';

/** The key of a request: who, which route, the header value and the body. */
export interface IdempotentRequest {
  readonly scope: string;
  readonly key: string;
  readonly body: unknown;
}

/** Runs `create` once per key; a replay returns the id of what the first request created. */
export async function idempotent(
  deps: Pick<Deps, 'clock' | 'config'>,
  tx: Executor,
  request: IdempotentRequest | undefined,
  create: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (request === undefined) return { id: await create(), replayed: false };
  const { scope, key } = request;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`idem:${scope}:${key}`}))`);
  const hash = createHash('sha256').update(JSON.stringify(request.body)).digest('hex');
  const now = deps.clock.now();
  const where = and(eq(k.scope, scope), eq(k.key, key));
  const [row] = await tx.select().from(k).where(where);
  const expiry = deps.config.HAZARDS_IDEMPOTENCY_HOURS * 3_600_000;
  if (row !== undefined && row.createdAt.getTime() > now.getTime() - expiry) {
    if (row.requestHash !== hash) {
      throw new DomainError(
        'HAZARDS.IDEMPOTENCY_CONFLICT',
        'This Idempotency-Key was used for a different request; use a new key.',
      );
    }
    return { id: row.resourceId, replayed: true };
  }
  if (row !== undefined) await tx.delete(k).where(where);
  const id = await create();
  await tx.insert(k).values({ scope, key, requestHash: hash, resourceId: id, createdAt: now });
  return { id, replayed: false };
}
