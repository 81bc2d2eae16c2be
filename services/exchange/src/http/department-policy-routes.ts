// A department's sharing policy and credentials (API key, NATS user NKey); role admin.
import { Type } from '@sinclair/typebox';
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { changePolicy } from '../app/change-policy.js';
import { rotateApiKey, setNatsKey } from '../app/department-credentials.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, problems } from './schemas/common.js';
import { CodeParams, DepartmentView, NkeyBody, PolicyBody } from './schemas/department.js';
import { departmentView } from './views.js';

const tags = ['departments'];

/** Registers the policy and credential routes of departments. */
export function departmentPolicyRoutes(app: ServiceApp, deps: Deps): void {
  const guard = app.auth.require({ roles: ADMIN });
  app.put(
    '/v1/departments/:code/policy',
    {
      schema: {
        tags,
        summary: 'Replace the sharing policy (version + 1)',
        security: bearer,
        params: CodeParams,
        body: PolicyBody,
        response: { 200: DepartmentView, ...problems },
      },
      preHandler: guard,
    },
    async (request) =>
      departmentView(
        await changePolicy(deps, request.params.code, request.body, principalOf(request).sub),
      ),
  );
  app.post(
    '/v1/departments/:code/api-key',
    {
      schema: {
        tags,
        summary: 'Rotate the API key (the old one stops working); returns it once',
        security: bearer,
        params: CodeParams,
        response: { 200: Obj({ apiKey: Type.String() }), ...problems },
      },
      preHandler: guard,
    },
    async (request) => ({ apiKey: await rotateApiKey(deps, request.params.code) }),
  );
  app.put(
    '/v1/departments/:code/nats-user',
    {
      schema: {
        tags,
        summary: "Set the public NKey of the department's NATS user",
        security: bearer,
        params: CodeParams,
        body: NkeyBody,
        response: { 204: Type.Null(), ...problems },
      },
      preHandler: guard,
    },
    async (request, reply) => {
      await setNatsKey(deps, request.params.code, request.body.nkey);
      return reply.code(204).send(null);
    },
  );
}
