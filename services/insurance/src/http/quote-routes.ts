// `GET /v1/insurance/quotes?uscc=`: the floating premium factors of an enterprise, each with
// its reason (DOMAIN.md "Insurance"), priced when a base premium is given.
import { principalOf, type ServiceApp } from '@yiwang/service-kit';
import { localDate } from '../app/local-date.js';
import { quoteFor } from '../app/quote-premium.js';
import type { Deps } from '../deps.js';
import { applyAdjustment, preventionCap } from '../domain/premium.js';
import { assertReadAccess } from './access.js';
import { READERS } from './roles.js';
import { bearer, problems } from './schemas/common.js';
import { QuoteQuery, QuoteView } from './schemas/policy.js';
import { assertUscc } from './uscc.js';
import { quoteView } from './views.js';

/** Registers the quote route. */
export function quoteRoutes(app: ServiceApp, deps: Deps): void {
  app.get(
    '/v1/insurance/quotes',
    {
      schema: {
        tags: ['quotes'],
        summary: 'Explain the floating premium of an enterprise: every factor and its reason',
        security: bearer,
        querystring: QuoteQuery,
        response: { 200: QuoteView, ...problems },
      },
      preHandler: app.auth.require({ roles: READERS }),
    },
    async (request) => {
      const q = request.query;
      assertUscc(q.uscc);
      const on = q.on ?? localDate(deps.clock.now());
      const { quote, table, enterprise } = await quoteFor(deps.database.db, q.uscc, on);
      assertReadAccess(principalOf(request), enterprise);
      if (q.basePremiumFen === undefined) return quoteView(q.uscc, enterprise.name, quote);
      const premiumFen = applyAdjustment(q.basePremiumFen, quote.adjustmentPercent);
      return quoteView(q.uscc, enterprise.name, quote, {
        basePremiumFen: q.basePremiumFen,
        premiumFen,
        preventionBudgetFen: preventionCap(premiumFen, table.preventionMaxPercent),
      });
    },
  );
}
