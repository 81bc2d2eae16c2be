// Claims under a policy, recorded by its insurer: they feed the accident history of the
// floating premium and are published (restricted, counts and amounts only).
import { Type } from '@sinclair/typebox';
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { recordClaim } from '../app/record-claim.js';
import type { Deps } from '../deps.js';
import { assertInsurerOf } from './access.js';
import { INSURER } from './roles.js';
import { bearer, Fen, IdText, IsoDate, Obj, problems, Text } from './schemas/common.js';
import { IdParams } from './schemas/policy.js';

const Count = Type.Integer({ minimum: 0, maximum: 100_000 });
const ClaimBody = Obj({
  claimNumber: Text(64),
  accidentId: Type.Optional(IdText),
  occurredOn: IsoDate,
  deaths: Count,
  disabilities: Count,
  injuries: Count,
  thirdPartyVictims: Count,
  reservedFen: Fen,
  paidFen: Fen,
});
const ClaimView = Obj({
  id: Type.String(),
  policyId: Type.String(),
  ...ClaimBody.properties,
});

/** Registers the claim route. */
export function claimRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/insurance/policies/:id/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'Record a claim (the insurer): it feeds the accident history',
        security: bearer,
        params: IdParams,
        body: ClaimBody,
        response: { 200: ClaimView, 201: ClaimView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { accidentId, ...b } = request.body;
      const { claim, created } = await recordClaim(
        deps,
        request.params.id,
        { ...b, ...(accidentId === undefined ? {} : { accidentId }) },
        (pol) => assertInsurerOf(p, pol),
      );
      return reply.code(created ? 201 : 200).send(claim);
    },
  );
}
