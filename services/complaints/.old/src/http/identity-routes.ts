// The sealed identity: reveal (custodian only, with a reason, audited) and the audit trail.
import { Type } from '@sinclair/typebox';
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { listReveals, revealIdentity } from '../app/reveal-identity.js';
import { rewrapIdentities } from '../app/rewrap-identities.js';
import type { HttpContext } from './context.js';
import { Closed, IdParams, ROLES, StaffText, errors } from './schemas.js';

const Identity = Closed({
  reporter: Type.Optional(
    Closed({
      name: Type.String(),
      phone: Type.Optional(Type.String()),
      idNumber: Type.Optional(Type.String()),
      email: Type.Optional(Type.String()),
      employee: Type.Boolean(),
    }),
  ),
  description: Type.String({ description: 'The reporter’s own words' }),
});

export function identityRoutes(app: ServiceApp, { deps }: HttpContext): void {
  app.post(
    '/v1/reports/:id/identity/reveal',
    {
      schema: {
        summary: 'Reveal the sealed identity and own words of the reporter (custodian; audited)',
        tags: ['identity vault'],
        params: IdParams,
        body: Closed({
          reason: StaffText(1000, 'Why the identity must be opened (kept in the audit)'),
        }),
        security: [{ bearer: [] }],
        response: {
          200: Closed({
            reportId: Type.String(),
            identity: Identity,
            revealedAt: Type.String(),
            auditId: Type.Integer(),
          }),
          ...errors,
        },
      },
      preHandler: app.auth.require({ roles: ROLES.custodian }),
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return revealIdentity(deps, request.params.id, principalOf(request), request.body.reason);
    },
  );
  app.get(
    '/v1/reports/:id/identity/reveals',
    {
      schema: {
        summary: 'The audit trail of reveals of a report’s identity',
        tags: ['identity vault'],
        params: IdParams,
        security: [{ bearer: [] }],
        response: {
          200: Type.Array(
            Closed({
              id: Type.Integer(),
              reportId: Type.String(),
              revealedBy: Type.String(),
              dept: Type.String(),
              reason: Type.String(),
              revealedAt: Type.String(),
            }),
          ),
          ...errors,
        },
      },
      preHandler: app.auth.require({ roles: [...ROLES.custodian, ...ROLES.supervise] }),
    },
    async (request) => listReveals(deps, request.params.id),
  );
  app.post(
    '/v1/vault/rewrap',
    {
      schema: {
        summary: 'Re-wrap every data key under the active master key (after a key rotation)',
        tags: ['identity vault'],
        security: [{ bearer: [] }],
        response: { 200: Closed({ rewrapped: Type.Integer() }), ...errors },
      },
      preHandler: app.auth.require({ roles: ROLES.custodian }),
    },
    async () => rewrapIdentities(deps),
  );
}
