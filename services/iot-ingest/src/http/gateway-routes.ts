// Gateways: register (PUT, idempotent; the key is shown once), rotate the key, read one.
import {
  assertRegionAccess,
  DomainError,
  ForbiddenError,
  principalOf,
  type ServiceApp,
} from '@yiwang/service-kit';
import { registerGateway, rotateGatewayKey } from '../app/register-gateway.js';
import { findGateway, type GatewayRow } from '../db/gateways.js';
import type { Deps } from '../deps.js';
import { assertAccess, isEnterpriseUser } from './access.js';
import { PEOPLE } from './roles.js';
import { bearer, IdParams, problems } from './schemas/common.js';
import { GatewayBody, GatewayView, GatewayWithKey } from './schemas/sensor.js';

const tags = ['gateways'];
const view = (g: GatewayRow) => ({
  id: g.id,
  uscc: g.uscc,
  region: g.region,
  name: g.name,
  createdAt: g.createdAt.toISOString(),
});

/** Registers `PUT /v1/gateways/{id}`, `POST /v1/gateways/{id}/key`, `GET /v1/gateways/{id}`. */
export function gatewayRoutes(app: ServiceApp, deps: Deps): void {
  app.put(
    '/v1/gateways/:id',
    {
      schema: {
        tags,
        summary:
          'Register a gateway of an enterprise (an enterprise user: its own); 201 shows the API key once',
        security: bearer,
        params: IdParams,
        body: GatewayBody,
        response: { 200: GatewayWithKey, 201: GatewayWithKey, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const own = isEnterpriseUser(p);
      if (own && p.dept !== request.body.uscc) {
        throw new ForbiddenError('An enterprise registers only its own gateways.');
      }
      const result = await registerGateway(
        deps,
        { id: request.params.id, ...request.body },
        (region) => (own ? undefined : assertRegionAccess(p, region)),
      );
      const body = {
        gateway: view(result.gateway),
        ...(result.apiKey === undefined ? {} : { apiKey: result.apiKey }),
      };
      return reply.code(result.apiKey === undefined ? 200 : 201).send(body);
    },
  );
  app.post(
    '/v1/gateways/:id/key',
    {
      schema: {
        tags,
        summary: 'Rotate the API key of a gateway (the old key stops working)',
        security: bearer,
        params: IdParams,
        response: { 200: GatewayWithKey, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const p = principalOf(request);
      const result = await rotateGatewayKey(deps, request.params.id, (g) => assertAccess(p, g));
      return {
        gateway: view(result.gateway),
        ...(result.apiKey === undefined ? {} : { apiKey: result.apiKey }),
      };
    },
  );
  app.get(
    '/v1/gateways/:id',
    {
      schema: {
        tags,
        summary: 'One gateway',
        security: bearer,
        params: IdParams,
        response: { 200: GatewayView, ...problems },
      },
      preHandler: app.auth.require({ roles: PEOPLE }),
    },
    async (request) => {
      const g = await findGateway(deps.database.db, request.params.id);
      if (g === undefined)
        throw new DomainError('IOT.GATEWAY_NOT_FOUND', `No gateway ${request.params.id}.`);
      assertAccess(principalOf(request), g);
      return view(g);
    },
  );
}
