// Prevention services of the policy's insurer: the plan (budget ≤ 21 % of the premium,
// enforced) and visits whose findings become hazard cases in the hazards context.
import { Type } from '@sinclair/typebox';
import { DomainError, principalOf, type ServiceApp } from '@yiwang/service-kit';
import { policyNotFound } from '../app/decided.js';
import { recordPreventionVisit } from '../app/record-prevention-visit.js';
import { savePreventionPlan } from '../app/save-prevention-plan.js';
import { loadPolicy } from '../db/policies.js';
import { loadPlan, spentOn } from '../db/prevention.js';
import type { Deps } from '../deps.js';
import { assertInsurerOf, assertReadAccess } from './access.js';
import { INSURER, READERS } from './roles.js';
import { bearer, Enum, Fen, IdText, IsoDate, Obj, problems, Text } from './schemas/common.js';
import { IdParams } from './schemas/policy.js';

const S = Type.String();
const N = Type.Integer();
const Item = Obj({
  kind: Enum(['inspection', 'training', 'drill', 'consulting', 'other']),
  description: Text(500),
  plannedOn: Type.Optional(IsoDate),
});
const PlanBody = Obj({ budgetFen: Fen, items: Type.Array(Item, { minItems: 1, maxItems: 100 }) });
const PlanView = Obj({
  policyId: S,
  budgetFen: N,
  capFen: N,
  spentFen: N,
  items: Type.Array(Obj({ kind: S, description: S, plannedOn: Type.Optional(S) })),
});
const FindingBody = Obj({
  summary: Text(500),
  suggestedLevel: Enum(['general', 'major']),
  photos: Type.Optional(Type.Array(IdText, { maxItems: 50 })),
});
const VisitBody = Obj({
  visitNumber: Text(64),
  visitedOn: IsoDate,
  costFen: Fen,
  engineer: Text(100),
  findings: Type.Array(FindingBody, { maxItems: 100 }),
});
const VisitView = Obj({
  id: S,
  visitNumber: S,
  policyId: S,
  visitedOn: S,
  costFen: N,
  engineer: S,
  findings: Type.Array(Obj({ id: S, summary: S, suggestedLevel: S, photos: Type.Array(S) })),
});
const tags = ['prevention'];

/** Registers the prevention routes. */
export function preventionRoutes(app: ServiceApp, deps: Deps): void {
  app.put(
    '/v1/insurance/policies/:id/prevention-plan',
    {
      schema: {
        tags,
        summary: 'File or revise the prevention plan: budget ≤ 21 % of the premium',
        security: bearer,
        params: IdParams,
        body: PlanBody,
        response: { 200: PlanView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER] }),
    },
    async (request) => {
      const p = principalOf(request);
      const { plan, spentFen, policy } = await savePreventionPlan(
        deps,
        request.params.id,
        request.body,
        (pol) => assertInsurerOf(p, pol),
      );
      return {
        ...plan,
        items: [...plan.items],
        capFen: policy.pricing.preventionBudgetFen,
        spentFen,
      };
    },
  );
  app.get(
    '/v1/insurance/policies/:id/prevention-plan',
    {
      schema: {
        tags,
        summary: 'The prevention plan of a policy',
        security: bearer,
        params: IdParams,
        response: { 200: PlanView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const db = deps.database.db;
      const policy = await loadPolicy(db, request.params.id);
      if (policy === undefined) throw policyNotFound(request.params.id);
      assertReadAccess(principalOf(request), policy);
      const plan = await loadPlan(db, policy.id);
      if (plan === undefined) {
        throw new DomainError(
          'INSURANCE.PREVENTION_PLAN_NOT_FOUND',
          `Policy ${policy.id} has no prevention plan.`,
        );
      }
      const spentFen = await spentOn(db, policy.id);
      return {
        ...plan,
        items: [...plan.items],
        capFen: policy.pricing.preventionBudgetFen,
        spentFen,
      };
    },
  );
  app.post(
    '/v1/insurance/policies/:id/prevention-visits',
    {
      schema: {
        tags,
        summary: 'Record a visit; each finding opens a hazard case (hazards context)',
        security: bearer,
        params: IdParams,
        body: VisitBody,
        response: { 200: VisitView, 201: VisitView, ...problems },
      },
      preHandler: app.auth.require({ roles: [INSURER] }),
    },
    async (request, reply) => {
      const p = principalOf(request);
      const b = request.body;
      const { visit, created } = await recordPreventionVisit(
        deps,
        request.params.id,
        { ...b, findings: b.findings.map((f) => ({ ...f, photos: f.photos ?? [] })) },
        (pol) => assertInsurerOf(p, pol),
      );
      const findings = visit.findings.map((f) => ({ ...f, photos: [...f.photos] }));
      return reply.code(created ? 201 : 200).send({ ...visit, findings });
    },
  );
}
