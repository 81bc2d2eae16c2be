// `POST /v1/hazards/{id}/{transition}`: one route per command of the two flows, typed by its
// body schema; the domain decides (illegal → 409 HAZARDS.ILLEGAL_TRANSITION).
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { executeHazardCommand } from '../app/execute-hazard-command.js';
import { localDate } from '../app/local-date.js';
import type { Deps } from '../deps.js';
import type { HazardCommand } from '../domain/commands.js';
import { assertCaseAccess } from './access.js';
import { TRANSITION_ROLES } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { HazardView, IdParams, TransitionBodies, type TransitionName } from './schemas/hazard.js';
import { hazardView } from './views.js';
import { loadHazard } from '../db/hazards.js';

/** Ids the server assigns for some commands. */
const assignedIds: Partial<Record<TransitionName, [string, string]>> = {
  'submit-plan': ['planId', 'plan'],
  'request-extension': ['requestId', 'ext'],
  'apply-resumption': ['applicationId', 'res'],
};

/** Registers every transition route. */
export function transitionRoutes(app: ServiceApp, deps: Deps): void {
  for (const name of Object.keys(TransitionBodies) as TransitionName[]) {
    app.post(
      `/v1/hazards/:id/${name}`,
      {
        schema: {
          tags: ['hazard transitions'],
          summary: `${name} (roles: ${TRANSITION_ROLES[name].join(', ')})`,
          security: bearer,
          params: IdParams,
          body: TransitionBodies[name],
          response: { 200: HazardView, ...problems },
        },
        preHandler: app.auth.require({ roles: TRANSITION_ROLES[name] }),
      },
      async (request) => {
        const p = principalOf(request);
        const now = deps.clock.now();
        const ids = assignedIds[name];
        const command = {
          ...request.body,
          ...(ids === undefined ? {} : { [ids[0]]: deps.ids.id(ids[1]) }),
          kind: name,
          at: now.toISOString(),
          today: localDate(now),
          by: p.sub,
        } as HazardCommand;
        const { id } = request.params;
        const hazard = await executeHazardCommand(deps, id, command, {
          authorize: (stored) => assertCaseAccess(p, stored.hazard),
        });
        const stored = await loadHazard(deps.database.db, id);
        return hazardView(
          hazard,
          stored ?? { enterpriseName: null, industry: null },
          localDate(now),
        );
      },
    );
  }
}
