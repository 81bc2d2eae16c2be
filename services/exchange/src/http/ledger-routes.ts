// The sharing ledger: verification (any authenticated bureau user) and the entries (admin).
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { verifyLedger } from '../app/verify-ledger.js';
import { ledgerBatch } from '../db/ledger-reads.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, problems } from './schemas/common.js';

const tags = ['sharing ledger'];
const Broken = Obj({
  position: Type.Integer(),
  eventId: Type.Optional(Type.String()),
  department: Type.Optional(Type.String()),
  reason: Type.String({
    description:
      'position-gap | prev-hash-mismatch | hash-mismatch | payload-mismatch | head-mismatch',
  }),
  expected: Type.String(),
  actual: Type.String(),
});
const Entry = Obj({
  position: Type.Integer(),
  department: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  payloadHash: Type.String(),
  sharedAt: Type.String(),
  prevHash: Type.String(),
  hash: Type.String(),
});

/** Registers the ledger routes. */
export function ledgerRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/ledger/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the hash chain; names the first broken entry',
        security: bearer,
        response: {
          200: Obj({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            head: Type.Optional(Obj({ position: Type.Integer(), hash: Type.String() })),
            firstBroken: Type.Optional(Broken),
          }),
          ...problems,
        },
      },
      preHandler: app.auth.require(),
    },
    async () => verifyLedger(deps),
  );
  app.get(
    '/v1/ledger/entries',
    {
      schema: {
        tags,
        summary: 'Ledger entries after a position, in order',
        security: bearer,
        querystring: Obj({
          after: Type.Integer({ minimum: 0, default: 0 }),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
        }),
        response: { 200: Obj({ items: Type.Array(Entry) }), ...problems },
      },
      preHandler: app.auth.require({ roles: ADMIN }),
    },
    async (request) => ({
      items: await ledgerBatch(deps.database.db, request.query.after, request.query.limit),
    }),
  );
}
