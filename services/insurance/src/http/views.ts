// Domain → HTTP views (drop undefined members so the closed response schemas hold).
import type { Static } from '@sinclair/typebox';
import type { Policy } from '../domain/policy.js';
import type { Quote } from '../domain/premium.js';
import type { PolicyView, QuoteView } from './schemas/policy.js';

const clean = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

/** The view of a policy. */
export function policyView(p: Policy): Static<typeof PolicyView> {
  const { pricing, ...rest } = p;
  return clean({
    ...rest,
    premium: {
      basePremiumFen: pricing.basePremiumFen,
      adjustmentPercent: pricing.quote.adjustmentPercent,
      premiumFen: pricing.premiumFen,
      ruleVersion: pricing.quote.ruleVersion,
      ruleEffectiveFrom: pricing.quote.ruleEffectiveFrom,
      pricedOn: pricing.quote.on,
      factors: pricing.quote.factors,
    },
    preventionBudgetFen: pricing.preventionBudgetFen,
  });
}

/** The view of a quote, priced when a base premium is given. */
export function quoteView(
  uscc: string,
  enterpriseName: string,
  q: Quote,
  priced?: { basePremiumFen: number; premiumFen: number; preventionBudgetFen: number },
): Static<typeof QuoteView> {
  return clean({ uscc, enterpriseName, ...q, ...priced });
}
