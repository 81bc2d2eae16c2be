// `POST /v1/permits/violations`: staff record a licensing violation; credit records it from
// the event (operating without a licence or while suspended is a listing criterion).
import { assertRegionAccess, principalOf, type ServiceApp } from '@yiwang/service-kit';
import { Type } from '@sinclair/typebox';
import { recordViolation } from '../app/record-violation.js';
import type { Deps } from '../deps.js';
import { STAFF } from './roles.js';
import { bearer, Obj, problems, ViolationBody } from './schemas.js';

/** Registers the violation route. */
export function violationRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/permits/violations',
    {
      schema: {
        tags: ['violations'],
        summary: 'Record a licensing violation (published for credit); Idempotency-Key replays',
        security: bearer,
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]{1,128}$' })),
        }),
        body: ViolationBody,
        response: {
          200: Obj({ id: Type.String(), region: Type.String() }),
          201: Obj({ id: Type.String(), region: Type.String() }),
          ...problems,
        },
      },
      preHandler: app.auth.require({ roles: STAFF }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { created, ...violation } = await recordViolation(
        deps,
        request.body,
        p.sub,
        (region) => assertRegionAccess(p, region),
        request.headers['idempotency-key'],
      );
      return reply.code(created ? 201 : 200).send(violation);
    },
  );
}
