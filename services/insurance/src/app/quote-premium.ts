// Prices an enterprise on a date: the rule table in force that day and the risk facts of the
// local projections (directory, accidents and claims, credit listings and ratings, awards).
import { DomainError } from '@yiwang/service-kit';
import { findEnterprise, type EnterpriseRow } from '../db/enterprises.js';
import { listRuleTables } from '../db/premium-rules.js';
import { loadRiskFacts } from '../db/risk.js';
import type { Executor } from '../db/types.js';
import { InsuranceCodes } from '../domain/errors.js';
import { ruleTableFor, type PremiumRuleTable } from '../domain/premium-rules.js';
import { quotePremium, type Quote } from '../domain/premium.js';
import { enterpriseNotFound } from './decided.js';

/** A quote with the table and enterprise it was made from. */
export interface Priced {
  readonly quote: Quote;
  readonly table: PremiumRuleTable;
  readonly enterprise: EnterpriseRow;
}

/** The floating factors of `uscc` on `on` (YYYY-MM-DD). */
export async function quoteFor(db: Executor, uscc: string, on: string): Promise<Priced> {
  const enterprise = await findEnterprise(db, uscc);
  if (enterprise === undefined) throw enterpriseNotFound(uscc);
  const table = ruleTableFor(await listRuleTables(db), on);
  if (table === undefined) {
    throw new DomainError(
      InsuranceCodes.noPremiumRule,
      `No premium rule table is in force on ${on}.`,
    );
  }
  const facts = await loadRiskFacts(db, uscc, enterprise.standardisationLevel);
  return { quote: quotePremium(facts, table, on), table, enterprise };
}
