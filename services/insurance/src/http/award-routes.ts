// Safety awards (they lower the premium: −5 % municipal, −10 % provincial), recorded by the
// bureau's supervisors for enterprises in their regions.
import { Type } from '@sinclair/typebox';
import { assertRegionAccess, principalOf, type ServiceApp } from '@yiwang/service-kit';
import { recordAward } from '../app/record-award.js';
import type { Deps } from '../deps.js';
import { SUPERVISORS } from './roles.js';
import { bearer, Enum, IsoDate, Obj, problems, Text, Uscc } from './schemas/common.js';
import { assertUscc } from './uscc.js';

const AwardBody = Obj({
  uscc: Uscc,
  level: Enum(['municipal', 'provincial']),
  title: Text(200),
  awardedOn: IsoDate,
});
const AwardView = Obj({
  id: Type.String(),
  uscc: Type.String(),
  region: Type.String(),
  level: Type.String(),
  title: Type.String(),
  awardedOn: Type.String(),
  recordedBy: Type.String(),
});

/** Registers the award route. */
export function awardRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/insurance/awards',
    {
      schema: {
        tags: ['awards'],
        summary: 'Record a safety award of an enterprise (lowers its floating premium)',
        security: bearer,
        body: AwardBody,
        response: { 200: AwardView, 201: AwardView, ...problems },
      },
      preHandler: app.auth.require({ roles: SUPERVISORS }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      assertUscc(request.body.uscc);
      const { award, created } = await recordAward(deps, { ...request.body, by: p.sub }, (region) =>
        assertRegionAccess(p, region),
      );
      const { createdAt: _c, ...view } = award;
      return reply.code(created ? 201 : 200).send(view);
    },
  );
}
