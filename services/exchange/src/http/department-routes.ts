// Departments: registration, list and detail (role admin). Policies and credentials:
// department-policy-routes.ts.
import { Type } from '@sinclair/typebox';
import { decodeKeyCursor, keysetPage, type ServiceApp } from '@yiwang/service-kit';
import { notFound } from '../app/decided.js';

import { registerDepartment } from '../app/register-department.js';
import { listDepartments, loadDepartment, toDepartment } from '../db/departments.js';
import type { Deps } from '../deps.js';
import { ADMIN } from './roles.js';
import { bearer, Obj, Page, PageQuery, problems } from './schemas/common.js';
import { CodeParams, DepartmentView, RegisterBody } from './schemas/department.js';
import { departmentView } from './views.js';

const tags = ['departments'];

/** Registers the department routes. */
export function departmentRoutes(app: ServiceApp, deps: Deps): void {
  const guard = app.auth.require({ roles: ADMIN });
  app.post(
    '/v1/departments',
    {
      schema: {
        tags,
        summary: 'Register a department with its sharing policy; returns its API key once',
        security: bearer,
        body: RegisterBody,
        response: { 201: Obj({ department: DepartmentView, apiKey: Type.String() }), ...problems },
      },
      preHandler: guard,
    },
    async (request, reply) => {
      const { department, apiKey } = await registerDepartment(deps, request.body);
      return reply.code(201).send({ department: departmentView(department), apiKey });
    },
  );
  app.get(
    '/v1/departments',
    {
      schema: {
        tags,
        summary: 'List departments',
        security: bearer,
        querystring: Obj(PageQuery),
        response: { 200: Page(DepartmentView), ...problems },
      },
      preHandler: guard,
    },
    async (request) => {
      const rows = await listDepartments(
        deps.database.db,
        decodeKeyCursor(request.query.cursor),
        request.query.limit,
      );
      const { items, next } = keysetPage(rows, request.query.limit, (r) => r.code);
      return { items: items.map((r) => departmentView(toDepartment(r))), next };
    },
  );
  app.get(
    '/v1/departments/:code',
    {
      schema: {
        tags,
        summary: 'One department',
        security: bearer,
        params: CodeParams,
        response: { 200: DepartmentView, ...problems },
      },
      preHandler: guard,
    },
    async (request) => {
      const found = await loadDepartment(deps.database.db, request.params.code);
      if (found === undefined) throw notFound('department', request.params.code);
      return departmentView(found.department);
    },
  );
}
