// Registers one case-work action: POST /v1/reports/{id}/<name>, role-guarded, answering the
// report's staff view. The caller's regions are checked against the report in the use case.
import type { Static, TSchema } from '@sinclair/typebox';
import { principalOf, type Principal, type ServiceApp } from '@yiwang/service-kit';
import type { Report } from '../domain/report/state.js';
import { reportView } from './present-report.js';
import { ReportView } from './report-view.js';
import { IdParams, errors } from './schemas.js';

export interface CaseAction<B extends TSchema> {
  readonly name: string;
  readonly summary: string;
  readonly roles: readonly string[];
  readonly body: B;
  readonly run: (id: string, caller: Principal, body: Static<B>) => Promise<Report>;
}

export function caseAction<B extends TSchema>(app: ServiceApp, action: CaseAction<B>): void {
  const schema = {
    summary: action.summary,
    tags: ['case work'],
    params: IdParams,
    body: action.body,
    security: [{ bearer: [] }],
    response: { 200: ReportView, ...errors },
  };
  app.post<{ Params: Static<typeof IdParams>; Body: Static<B> }>(
    `/v1/reports/:id/${action.name}`,
    {
      schema,
      preHandler: app.auth.require({ roles: action.roles }),
    },
    async (request) =>
      reportView(await action.run(request.params.id, principalOf(request), request.body)),
  );
}
