// GET /v1/nats/departments.conf: the generated NATS accounts of the departments (admin), the
// same text the `exchange-nats-config` command writes to infra/nats/departments.conf.
import { Type } from '@sinclair/typebox';
import type { ServiceApp } from '@yiwang/service-kit';
import { natsDepartmentsConfig } from '../app/nats-departments-config.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, problems } from './schemas/common.js';

/** Registers the NATS config route. */
export function natsRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/nats/departments.conf',
    {
      schema: {
        tags: ['departments'],
        summary: 'NATS accounts of the departments (include inside accounts { } of accounts.conf)',
        security: bearer,
        response: { 200: Type.String(), ...problems },
      },
      preHandler: app.auth.require({ roles: ADMIN }),
    },
    async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          await natsDepartmentsConfig(
            deps.database.db,
            deps.config.EXCHANGE_BUS_PREFIX,
            deps.clock.now(),
          ),
        ),
  );
}
