// `POST /v1/permits/applications/{id}/{step}`: one route per step of the flow, typed by its
// body schema; the domain decides (illegal → 409 PERMITS.ILLEGAL_TRANSITION). The applicant
// attaches evidence, submits and supplements; staff screen, check, review, inspect and note;
// supervisors decide.
import type { Static } from '@sinclair/typebox';
import { principalOf, type Principal, type ServiceApp } from '@yiwang/service-kit';
import { acceptApplication } from '../app/accept-application.js';
import { checkCredit } from '../app/check-credit.js';
import { decideOnApplication } from '../app/decide-on-application.js';
import { executeApplicationCommand } from '../app/execute-application-command.js';
import { localDate } from '../app/local-date.js';
import { requestSupplement } from '../app/request-supplement.js';
import type { Deps } from '../deps.js';
import type { Application } from '../domain/application.js';
import type { ApplicationCommand } from '../domain/commands.js';
import { assertAccess, assertStaffAccess, isEnterpriseUser } from './access.js';
import { DECIDERS, ENTERPRISE, STAFF } from './roles.js';
import {
  ApplicationView,
  bearer,
  IdParams,
  problems,
  StepBodies,
  type StepName,
} from './schemas.js';
import { applicationView } from './views.js';

type Body<N extends StepName> = Static<(typeof StepBodies)[N]>;
type Run = (deps: Deps, id: string, body: unknown, p: Principal) => Promise<Application>;

/** A step that maps to one plain command. */
function command(
  build: (body: never) => Record<string, unknown> & { kind: ApplicationCommand['kind'] },
  staffOnly: boolean,
): Run {
  return (deps, id, body, p) =>
    executeApplicationCommand(
      deps,
      id,
      () => {
        const now = deps.clock.now();
        const cmd = {
          ...build(body as never),
          at: now.toISOString(),
          today: localDate(now),
          by: p.sub,
        };
        return cmd as ApplicationCommand;
      },
      { authorize: (a) => (staffOnly ? assertStaffAccess(p, a) : assertAccess(p, a)) },
    );
}

const steps: Record<StepName, { roles: readonly string[]; summary: string; run: Run }> = {
  evidence: {
    roles: [ENTERPRISE, ...STAFF],
    summary: 'Attach the documents of one condition (draft or while supplementing)',
    run: command((b: Body<'evidence'>) => ({ kind: 'attach-evidence', ...b }), false),
  },
  submit: {
    roles: [ENTERPRISE, ...STAFF],
    summary: 'Submit the draft; defects are told within 5 working days',
    run: command(() => ({ kind: 'submit' }), false),
  },
  'supplement-request': {
    roles: STAFF,
    summary: 'The one defect notice, listing every missing item',
    run: (deps, id, body, p) =>
      requestSupplement(deps, id, body as Body<'supplement-request'>, p.sub, {
        authorize: (a) => assertStaffAccess(p, a),
      }),
  },
  supplement: {
    roles: [ENTERPRISE, ...STAFF],
    summary: 'Hand in the missing documents (attached with `evidence` first)',
    run: command(() => ({ kind: 'provide-supplement' }), false),
  },
  accept: {
    roles: STAFF,
    summary: 'Accept (受理): the statutory clock starts',
    run: (deps, id, _b, p) =>
      acceptApplication(deps, id, p.sub, false, { authorize: (a) => assertStaffAccess(p, a) }),
  },
  'credit-check': {
    roles: STAFF,
    summary: 'Credit check: a listing vetoes; the check and its answer are recorded',
    run: (deps, id, _b, p) =>
      checkCredit(deps, id, p.sub, { authorize: (a) => assertStaffAccess(p, a) }),
  },
  'document-review': {
    roles: STAFF,
    summary: 'Review against the 13-condition checklist, with evidence per condition',
    run: command((b: Body<'document-review'>) => ({ kind: 'review-documents', ...b }), true),
  },
  inspection: {
    roles: STAFF,
    summary: 'Site inspection by at least 2 inspectors',
    run: command((b: Body<'inspection'>) => ({ kind: 'inspect', ...b }), true),
  },
  'expert-review': {
    roles: STAFF,
    summary: 'Start an expert review (the clock pauses)',
    run: command((b: Body<'expert-review'>) => ({ kind: 'start-expert-review', ...b }), true),
  },
  'expert-review-result': {
    roles: STAFF,
    summary: 'Record the experts’ conclusion (the clock runs again)',
    run: command(
      (b: Body<'expert-review-result'>) => ({ kind: 'complete-expert-review', ...b }),
      true,
    ),
  },
  decision: {
    roles: DECIDERS,
    summary: 'Approve (issues or renews the licence) or refuse with written reasons',
    run: (deps, id, body, p) =>
      decideOnApplication(deps, id, body as Body<'decision'>, p.sub, {
        authorize: (a) => assertStaffAccess(p, a),
      }),
  },
  notes: {
    roles: STAFF,
    summary: 'Add an internal note (never shown to the applicant or the public)',
    run: command((b: Body<'notes'>) => ({ kind: 'add-note', ...b }), true),
  },
};

/** Registers every step route. */
export function stepRoutes(app: ServiceApp, deps: Deps): void {
  for (const name of Object.keys(StepBodies) as StepName[]) {
    const step = steps[name];
    app.post(
      `/v1/permits/applications/:id/${name}`,
      {
        schema: {
          tags: ['application steps'],
          summary: `${step.summary} (roles: ${step.roles.join(', ')})`,
          security: bearer,
          params: IdParams,
          body: StepBodies[name],
          response: { 200: ApplicationView, ...problems },
        },
        preHandler: app.auth.require({ roles: step.roles }),
      },
      async (request) => {
        const p = principalOf(request);
        const a = await step.run(deps, request.params.id, request.body, p);
        return applicationView(a, !isEnterpriseUser(p));
      },
    );
  }
}
