// The annual evaluation of an insurer's prevention services: for the bureau's supervisors,
// within their regions, and for the insurer itself (all of it).
import { Type } from '@sinclair/typebox';
import { ForbiddenError, principalOf, scopeRegions, type ServiceApp } from '@yiwang/service-kit';
import { evaluateInsurerYear } from '../app/evaluate-insurer.js';
import type { Deps } from '../deps.js';
import { actingAs, INSURER, SUPERVISORS } from './roles.js';
import { bearer, Obj, problems, Uscc } from './schemas/common.js';

const N = Type.Integer();
const EvaluationView = Obj({
  insurer: Type.String(),
  year: N,
  policies: N,
  premiumFen: N,
  preventionBudgetCapFen: N,
  plannedFen: N,
  spentFen: N,
  spentShareBasisPoints: N,
  policiesWithPlan: N,
  policiesVisited: N,
  visits: N,
  findings: N,
  claims: N,
  claimsPaidFen: N,
});

/** Registers the evaluation route. */
export function evaluationRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/insurance/insurers/:insurer/evaluations/:year',
    {
      schema: {
        tags: ['evaluations'],
        summary: 'Annual evaluation of an insurer’s prevention services',
        security: bearer,
        params: Obj({ insurer: Uscc, year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        response: { 200: EvaluationView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER, ...SUPERVISORS] }),
    },
    async (request) => {
      const p = principalOf(request);
      const { insurer, year } = request.params;
      const supervisor = p.roles.some((r) => (SUPERVISORS as readonly string[]).includes(r));
      if (!supervisor && (actingAs(p) !== 'insurer' || p.dept !== insurer)) {
        throw new ForbiddenError('An insurer sees only its own evaluation.');
      }
      return evaluateInsurerYear(deps, insurer, year, supervisor ? scopeRegions(p) : undefined);
    },
  );
}
