// The routing table and Open311 client registration (supervisors).
import { Type, type Static } from '@sinclair/typebox';
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { registerOpen311Client } from '../app/register-open311-client.js';
import { setRoutingRule } from '../app/set-routing-rule.js';
import { listRoutes } from '../db/routing-queries.js';
import type { HttpContext } from './context.js';
import { Closed, Id, Industry, ROLES, Region, errors } from './schemas.js';

const Rule = Closed({
  region: Region,
  industry: Type.Union([Industry, Type.Literal('*')]),
  unit: Id,
  updatedBy: Type.String(),
  updatedAt: Type.String(),
});

export function adminRoutes(app: ServiceApp, { deps }: HttpContext): void {
  app.get(
    '/v1/routing-rules',
    {
      schema: {
        summary: 'The routing table: region + industry → verifying unit',
        tags: ['administration'],
        security: [{ bearer: [] }],
        response: { 200: Type.Array(Rule), ...errors },
      },
      preHandler: app.auth.require({ roles: ROLES.staff }),
    },
    async () => (await listRoutes(deps.database.db)) as Static<typeof Rule>[],
  );
  app.put(
    '/v1/routing-rules/:region/:industry',
    {
      schema: {
        summary:
          'Route reports of a region (and the regions below it) and industry (`*` = any) to a unit',
        tags: ['administration'],
        params: Closed({ region: Region, industry: Type.Union([Industry, Type.Literal('*')]) }),
        body: Closed({ unit: Id }),
        security: [{ bearer: [] }],
        response: { 200: Rule, ...errors },
      },
      preHandler: app.auth.require({ roles: ROLES.supervise, region: { param: 'region' } }),
    },
    async (request) => ({
      ...(await setRoutingRule(deps, principalOf(request), {
        ...request.params,
        unit: request.body.unit,
      })),
      industry: request.params.industry,
    }),
  );
  app.post(
    '/v1/open311/clients',
    {
      schema: {
        summary: 'Register an Open311 client application; its api_key is shown once',
        tags: ['administration'],
        body: Closed({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
        security: [{ bearer: [] }],
        response: {
          201: Closed({
            id: Type.String(),
            name: Type.String(),
            apiKey: Type.String(),
            createdAt: Type.String(),
          }),
          ...errors,
        },
      },
      preHandler: app.auth.require({ roles: ROLES.supervise }),
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await registerOpen311Client(deps, principalOf(request), request.body.name)),
  );
}
