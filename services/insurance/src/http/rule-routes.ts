// The versioned premium rule tables: everyone signed in may read them (a quote cites its
// version); an administrator publishes a new version, effective today or later.
import { Type } from '@sinclair/typebox';
import { type ServiceApp } from '@yiwang/service-kit';
import { publishPremiumRules } from '../app/publish-premium-rules.js';
import { listRuleTables } from '../db/premium-rules.js';
import type { Deps } from '../deps.js';
import { ADMINS, READERS } from './roles.js';
import { bearer, IsoDate, Obj, Percent, problems } from './schemas/common.js';

const Days = Type.Integer({ minimum: 1, maximum: 3660 });
const RuleTable = Obj({
  version: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' }),
  effectiveFrom: IsoDate,
  noAccidentPercent: Percent,
  accidentPercent: Obj({
    general: Percent,
    larger: Percent,
    major: Percent,
    'especially-major': Percent,
  }),
  accidentLookbackDays: Days,
  listedPercent: Percent,
  awardPercent: Obj({ municipal: Percent, provincial: Percent }),
  awardLookbackDays: Days,
  standardisationPercent: Obj({ '1': Percent, '2': Percent, '3': Percent }),
  ratingPercent: Obj({ '1': Percent, '2': Percent, '3': Percent, '4': Percent }),
  minAdjustmentPercent: Percent,
  maxAdjustmentPercent: Percent,
  preventionMaxPercent: Type.Integer({ minimum: 0, maximum: 100 }),
});
const tags = ['premium-rules'];

/** Registers the rule-table routes. */
export function ruleRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/insurance/premium-rules',
    {
      schema: {
        tags,
        summary: 'Every version of the floating-premium rule table, oldest first',
        security: bearer,
        response: { 200: Obj({ items: Type.Array(RuleTable) }), ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async () => ({ items: await listRuleTables(deps.database.db) }),
  );
  app.post(
    '/v1/insurance/premium-rules',
    {
      schema: {
        tags,
        summary: 'Publish a new version (effective today or later; old policies keep theirs)',
        security: bearer,
        body: RuleTable,
        response: { 200: RuleTable, 201: RuleTable, ...problems },
      },
      preHandler: app.auth.require({ roles: ADMINS }),
    },
    async (request, reply) => {
      const { table, created } = await publishPremiumRules(deps, request.body);
      return reply.code(created ? 201 : 200).send(table);
    },
  );
}
