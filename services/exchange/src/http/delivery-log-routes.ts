import { decodeKeyCursor, keysetPage } from '@yiwang/service-kit';
// The delivery log of a department across its push channels (webhook and NATS), and how far it
// has read its pull feed: one place to answer "what did this department get, and when".
import { Type } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { ServiceApp } from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';
import { departmentDeliveries } from '../db/delivery-log.js';
import { departments } from '../db/tables.js';
import type { Deps } from '../deps.js';
import { encodeFeedCursor } from './cursor.js';
import { ADMIN } from './roles.js';
import { bearer, Enum, Obj, PageQuery, problems } from './schemas/common.js';
import { CodeParams } from './schemas/department.js';
import { DeliveryView } from './schemas/subscription.js';
import { deliveryView } from './views.js';

const Query = Obj({
  ...PageQuery,
  channel: Type.Optional(Enum(['webhook', 'nats'])),
  status: Type.Optional(Enum(['pending', 'succeeded', 'failed', 'cancelled'])),
});

/** Registers `GET /v1/departments/{code}/deliveries`. */
export function deliveryLogRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/departments/:code/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary: "A department's delivery log (webhook and NATS) and its feed read position",
        security: bearer,
        params: CodeParams,
        querystring: Query,
        response: {
          200: Obj({
            items: Type.Array(DeliveryView),
            next: Type.Union([Type.String(), Type.Null()]),
            feedReadCursor: Type.String({ description: 'the last feed position it fetched' }),
          }),
          ...problems,
        },
      },
      preHandler: app.auth.require({ roles: ADMIN }),
    },
    async (request) => {
      const { code } = request.params;
      const [department] = await deps.database.db
        .select({ read: departments.feedReadPosition })
        .from(departments)
        .where(eq(departments.code, code));
      if (department === undefined) throw notFound('department', code);
      const { cursor, limit, channel, status } = request.query;
      const rows = await departmentDeliveries(
        deps.database.db,
        code,
        { channel, status },
        decodeKeyCursor(cursor),
        limit,
      );
      const { items, next } = keysetPage(rows, limit, (d) => d.id);
      return {
        items: items.map(deliveryView),
        next,
        feedReadCursor: encodeFeedCursor(department.read),
      };
    },
  );
}
