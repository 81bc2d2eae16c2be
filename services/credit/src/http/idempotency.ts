// `Idempotency-Key` for POSTs a client may retry (draft-ietf-httpapi-idempotency-key-header):
// the first response is stored per caller, route and key; a retry with the same body gets it
// again (header `Idempotent-Replayed: true`), a different body under the key is 409.
import { Type } from '@sinclair/typebox';
import { DomainError } from '@yiwang/service-kit';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idempotencyKeys } from '../db/tables.js';
import type { Deps } from '../deps.js';

/** Headers schema of idempotent routes (open: other headers pass). */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});

/** Runs `work` once per (caller, route, key); replays its stored response on a retry. */
export async function idempotent(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<{ status: number; body: unknown }>,
) {
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' ? header : undefined;
  if (key === undefined) {
    const result = await work();
    return reply.code(result.status).send(result.body);
  }
  const scope = `${request.principal?.sub ?? 'anonymous'} ${request.method} ${request.url}`;
  const requestHash = deps.sha256(JSON.stringify(request.body ?? null));
  const db = deps.database.db;
  const where = and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));
  const [stored] = await db.select().from(idempotencyKeys).where(where);
  if (stored !== undefined) {
    if (stored.requestHash !== requestHash) {
      throw new DomainError(
        'CREDIT.IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used for a different request.',
      );
    }
    return reply.code(stored.status).header('idempotent-replayed', 'true').send(stored.body);
  }
  const result = await work();
  await db
    .insert(idempotencyKeys)
    .values({
      scope,
      key,
      requestHash,
      status: result.status,
      body: result.body,
      createdAt: deps.clock.now(),
    })
    .onConflictDoNothing();
  return reply.code(result.status).send(result.body);
}
