// The delivery log of a webhook subscription (role admin): deliveries with their attempts.
import { Type } from '@sinclair/typebox';
import { decodeKeyCursor, keysetPage, type ServiceApp } from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { findDelivery } from '../db/deliveries.js';
import { attemptsOf, subscriptionDeliveries } from '../db/delivery-log.js';
import { findSubscription } from '../db/subscriptions.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, Page, problems } from './schemas/common.js';
import { IdParams } from './schemas/grid.js';
import { DeliveryQuery, DeliveryView } from './schemas/subscription.js';
import { deliveryView, plain } from './views.js';

const tags = ['webhooks'];
const DeliveryParams = Obj({ id: Type.String({ format: 'uuid' }) });

/** Registers the delivery log routes of subscriptions. */
export function deliveryRoutes(app: ServiceApp, deps: Deps): void {
  const guard = app.auth.require({ roles: ADMIN });
  const load = async (id: string) => {
    const sub = await findSubscription(deps.database.db, id);
    if (sub === undefined || sub.status === 'deleted') throw notFound('subscription', id);
    return sub;
  };
  app.get(
    '/v1/subscriptions/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Delivery log of a subscription, newest first',
        security: bearer,
        params: IdParams,
        querystring: DeliveryQuery,
        response: { 200: Page(DeliveryView), ...problems },
      },
      preHandler: guard,
    },
    async (request) => {
      await load(request.params.id);
      const { cursor, limit, status } = request.query;
      const rows = await subscriptionDeliveries(
        deps.database.db,
        request.params.id,
        status,
        decodeKeyCursor(cursor),
        limit,
      );
      const { items, next } = keysetPage(rows, limit, (d) => d.id);
      return { items: items.map(deliveryView), next };
    },
  );
  app.get(
    '/v1/deliveries/:id',
    {
      schema: {
        tags,
        summary: 'One delivery with every attempt',
        security: bearer,
        params: DeliveryParams,
        response: { 200: DeliveryView, ...problems },
      },
      preHandler: guard,
    },
    async (request) => {
      const delivery = await findDelivery(deps.database.db, request.params.id);
      if (delivery === undefined) throw notFound('delivery', request.params.id);
      const attempts = await attemptsOf(deps.database.db, delivery.id);
      const attemptLog = attempts.map((a) =>
        plain({
          attemptedAt: a.attemptedAt.toISOString(),
          ok: a.ok,
          statusCode: a.statusCode ?? undefined,
          error: a.error ?? undefined,
          durationMs: a.durationMs,
        }),
      );
      return { ...deliveryView(delivery), attemptLog };
    },
  );
}
