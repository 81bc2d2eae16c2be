// Changes of a policy by its insurer only: renewal (before the end, no gap) and cancellation
// (only after the enterprise closed).
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { cancelPolicy } from '../app/cancel-policy.js';
import { renewPolicy } from '../app/renew-policy.js';
import type { Deps } from '../deps.js';
import { assertInsurerOf } from './access.js';
import { INSURER } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { CancelBody, IdParams, PolicyView, RenewBody } from './schemas/policy.js';
import { policyView } from './views.js';

const tags = ['policies'];

/** Registers `POST /v1/insurance/policies/{id}/renewals` and `…/cancellation`. */
export function policyChangeRoutes(app: ServiceApp, deps: Deps): void {
  app.post(
    '/v1/insurance/policies/:id/renewals',
    {
      schema: {
        tags,
        summary: 'Renew before the end: the new term starts the day after, priced afresh',
        security: bearer,
        params: IdParams,
        body: RenewBody,
        response: { 200: PolicyView, 201: PolicyView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const { cover, insuredEmployees, sumInsuredPerPersonFen, premiumFen, ...b } = request.body;
      const { policy, created } = await renewPolicy(
        deps,
        request.params.id,
        {
          ...b,
          premiumFen,
          ...(cover === undefined ? {} : { cover }),
          ...(insuredEmployees === undefined ? {} : { insuredEmployees }),
          ...(sumInsuredPerPersonFen === undefined ? {} : { sumInsuredPerPersonFen }),
        },
        (old) => assertInsurerOf(p, old),
      );
      return reply.code(created ? 201 : 200).send(policyView(policy));
    },
  );
  app.post(
    '/v1/insurance/policies/:id/cancellation',
    {
      schema: {
        tags,
        summary: 'Cancel before the end: only when the enterprise has closed',
        security: bearer,
        params: IdParams,
        body: CancelBody,
        response: { 200: PolicyView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER] }),
    },
    async (request) => {
      const p = principalOf(request);
      const policy = await cancelPolicy(deps, request.params.id, request.body, (pol) =>
        assertInsurerOf(p, pol),
      );
      return policyView(policy);
    },
  );
}
