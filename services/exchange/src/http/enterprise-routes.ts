// The enterprise directory: PUT one (directory clerks). Reads: enterprise-read-routes.ts;
// bulk import: import-route.ts.
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { putEnterprise } from '../app/put-enterprise.js';
import type { Deps } from '../deps.js';
import { profileOf } from './enterprise-input.js';
import { DIRECTORY_WRITERS } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { EnterpriseBody, EnterpriseView, UsccParams } from './schemas/enterprise.js';
import { enterpriseView } from './views.js';

const tags = ['enterprise directory'];

/** Registers the directory routes. */
export function enterpriseRoutes(app: ServiceApp, deps: Deps): void {
  app.put(
    '/v1/enterprises/:uscc',
    {
      schema: {
        tags,
        summary: 'Register or update an enterprise (only changed fields become an event)',
        security: bearer,
        params: UsccParams,
        body: EnterpriseBody,
        response: { 200: EnterpriseView, 201: EnterpriseView, ...problems },
      },
      preHandler: app.auth.require({ roles: DIRECTORY_WRITERS }),
    },
    async (request, reply) => {
      const result = await putEnterprise(
        deps,
        request.params.uscc,
        profileOf(request.body),
        principalOf(request).regions,
      );
      return reply.code(result.created ? 201 : 200).send(enterpriseView(result.enterprise));
    },
  );
}
