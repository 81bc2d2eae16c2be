// Enabling, disabling and deleting webhook subscriptions (role admin).
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { setSubscriptionStatus } from '../app/manage-subscription.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { IdParams } from './schemas/grid.js';
import { SubscriptionView } from './schemas/subscription.js';
import { subscriptionView } from './views.js';

const tags = ['webhooks'];

/** Registers the status routes of subscriptions. */
export function subscriptionStatusRoutes(app: ServiceApp, deps: Deps): void {
  const guard = app.auth.require({ roles: ADMIN });
  for (const [action, status] of [
    ['enable', 'active'],
    ['disable', 'disabled'],
  ] as const) {
    app.post(
      `/v1/subscriptions/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${action} an endpoint (its queue is kept)`,
          security: bearer,
          params: IdParams,
          response: { 200: SubscriptionView, ...problems },
        },
        preHandler: guard,
      },
      async (request) => {
        const sub = await setSubscriptionStatus(deps, request.params.id, status);
        if (sub === undefined) throw notFound('subscription', request.params.id);
        return subscriptionView(sub);
      },
    );
  }
  app.delete(
    '/v1/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'Delete a subscription; pending deliveries are cancelled',
        security: bearer,
        params: IdParams,
        response: { 204: Type.Null(), ...problems },
      },
      preHandler: guard,
    },
    async (request, reply) => {
      await setSubscriptionStatus(deps, request.params.id, 'deleted');
      return reply.code(204).send(null);
    },
  );
}
