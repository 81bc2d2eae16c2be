// Webhook subscriptions (role admin): create (secret shown once), list, enable, disable,
// delete. The delivery log is in delivery-routes.ts.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { createSubscription } from '../app/create-subscription.js';
import { notFound } from '../app/decided.js';
import { findSubscription, subscriptionsOf } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, problems } from './schemas/common.js';
import { CodeParams } from './schemas/department.js';
import { IdParams } from './schemas/grid.js';
import { CreatedSubscription, SubscriptionBody, SubscriptionView } from './schemas/subscription.js';
import { subscriptionView } from './views.js';

const tags = ['webhooks'];

/** Registers the webhook routes. */
export function subscriptionRoutes(app: ServiceApp, deps: Deps): void {
  const guard = app.auth.require({ roles: ADMIN });
  const load = async (id: string) => {
    const sub = await findSubscription(deps.database.db, id);
    if (sub === undefined || sub.status === 'deleted') throw notFound('subscription', id);
    return sub;
  };
  app.post(
    '/v1/departments/:code/subscriptions',
    {
      schema: {
        tags,
        summary: 'Subscribe a webhook endpoint; the signing secret is shown once',
        security: bearer,
        params: CodeParams,
        body: SubscriptionBody,
        response: { 201: CreatedSubscription, ...problems },
      },
      preHandler: guard,
    },
    async (request, reply) =>
      reply.code(201).send(await createSubscription(deps, request.params.code, request.body)),
  );
  app.get(
    '/v1/departments/:code/subscriptions',
    {
      schema: {
        tags,
        summary: "A department's subscriptions",
        security: bearer,
        params: CodeParams,
        response: { 200: Obj({ items: Type.Array(SubscriptionView) }), ...problems },
      },
      preHandler: guard,
    },
    async (request) => {
      const rows = await subscriptionsOf(deps.database.db, request.params.code);
      return { items: rows.filter((s) => s.status !== 'deleted').map(subscriptionView) };
    },
  );
  app.get(
    '/v1/subscriptions/:id',
    {
      schema: {
        tags,
        summary: 'One subscription',
        security: bearer,
        params: IdParams,
        response: { 200: SubscriptionView, ...problems },
      },
      preHandler: guard,
    },
    async (request) => subscriptionView(await load(request.params.id)),
  );
}
