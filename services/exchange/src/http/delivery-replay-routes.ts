// Manual redelivery of one delivery and replay of a subscription from a point in time
// (role admin).
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { redeliver, replaySubscription } from '../app/redeliver.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, problems } from './schemas/common.js';
import { IdParams } from './schemas/grid.js';
import { ReplayBody } from './schemas/subscription.js';

const tags = ['webhooks'];
const DeliveryParams = Obj({ id: Type.String({ format: 'uuid' }) });

/** Registers the redelivery and replay routes. */
export function deliveryReplayRoutes(app: ServiceApp, deps: Deps): void {
  const guard = app.auth.require({ roles: ADMIN });
  app.post(
    '/v1/deliveries/:id/redeliver',
    {
      schema: {
        tags,
        summary: 'Queue one delivery again',
        security: bearer,
        params: DeliveryParams,
        response: { 202: Obj({ deliveryId: Type.String() }), ...problems },
      },
      preHandler: guard,
    },
    async (request, reply) =>
      reply.code(202).send({ deliveryId: await redeliver(deps, request.params.id) }),
  );
  app.post(
    '/v1/subscriptions/:id/replay',
    {
      schema: {
        tags,
        summary: 'Queue every event shared since a time again',
        security: bearer,
        params: IdParams,
        body: ReplayBody,
        response: { 202: Obj({ queued: Type.Integer() }), ...problems },
      },
      preHandler: guard,
    },
    async (request, reply) =>
      reply.code(202).send({
        queued: await replaySubscription(deps, request.params.id, new Date(request.body.since)),
      }),
  );
}
