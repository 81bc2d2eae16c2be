// HTTP shapes of policies and quotes (not the domain types: STYLE.md rule 5).
import { Type, type TSchema } from '@sinclair/typebox';
import {
  Enum,
  Fen,
  IdText,
  IsoDate,
  Obj,
  PageQuery,
  Percent,
  Region,
  Text,
  Uscc,
} from './common.js';

const Count = Type.Integer({ minimum: 1, maximum: 1_000_000 });
/** Optional covers beyond death and disability. */
export const Cover = Obj({
  thirdPartyFen: Type.Optional(Fen),
  rescueFen: Type.Optional(Fen),
  medicalFen: Type.Optional(Fen),
  legalCostsFen: Type.Optional(Fen),
});

/** `POST /v1/insurance/policies`. */
export const IssueBody = Obj({
  policyNumber: Text(64),
  insurerName: Text(100),
  uscc: Uscc,
  startsOn: IsoDate,
  endsOn: IsoDate,
  insuredEmployees: Count,
  sumInsuredPerPersonFen: Fen,
  cover: Type.Optional(Cover),
  basePremiumFen: Fen,
  premiumFen: Type.Optional(Fen),
});

/** `POST /v1/insurance/policies/{id}/renewals`. */
export const RenewBody = Obj({
  policyNumber: Text(64),
  endsOn: IsoDate,
  insuredEmployees: Type.Optional(Count),
  sumInsuredPerPersonFen: Type.Optional(Fen),
  cover: Type.Optional(Cover),
  basePremiumFen: Fen,
  premiumFen: Type.Optional(Fen),
});

/** `POST /v1/insurance/policies/{id}/cancellation`. */
export const CancelBody = Obj({
  reason: Enum(['enterprise-closed', 'insurer-terminated', 'other']),
  effectiveOn: Type.Optional(IsoDate),
});

/** One factor of a quote. */
export const FactorView = Obj({
  code: Enum(['accident-history', 'credit-listing', 'credit-rating', 'standardisation', 'award']),
  percent: Percent,
  reason: Type.String(),
  evidence: Type.Array(Type.String()),
});

const S = Type.String();
const N = Type.Integer();
const Opt = <T extends TSchema>(schema: T) => Type.Optional(schema);

/** A policy. */
export const PolicyView = Obj({
  id: S,
  policyNumber: S,
  insurer: S,
  insurerName: S,
  uscc: S,
  region: S,
  industry: S,
  insuredEmployees: N,
  sumInsuredPerPersonFen: N,
  cover: Cover,
  premium: Obj({
    basePremiumFen: N,
    adjustmentPercent: N,
    premiumFen: N,
    ruleVersion: S,
    ruleEffectiveFrom: S,
    pricedOn: S,
    factors: Type.Array(FactorView),
  }),
  preventionBudgetFen: N,
  startsOn: S,
  endsOn: S,
  previousPolicyId: Opt(S),
  renewedBy: Opt(S),
  status: Enum(['active', 'lapsed', 'cancelled', 'expired']),
  issuedAt: S,
  endedAt: Opt(S),
  cancellation: Opt(Obj({ reason: S, effectiveOn: S })),
  version: N,
});

/** `GET /v1/insurance/quotes`. */
export const QuoteQuery = Obj({
  uscc: Uscc,
  on: Type.Optional(IsoDate),
  basePremiumFen: Type.Optional(Fen),
});

/** A quote: every factor with its reason. */
export const QuoteView = Obj({
  uscc: S,
  enterpriseName: S,
  on: S,
  ruleVersion: S,
  ruleEffectiveFrom: S,
  factors: Type.Array(FactorView),
  adjustmentPercent: N,
  basePremiumFen: Opt(N),
  premiumFen: Opt(N),
  preventionBudgetFen: Opt(N),
});

/** `GET /v1/insurance/policies`. */
export const PolicyQuery = Obj({
  uscc: Type.Optional(Uscc),
  region: Type.Optional(Region),
  status: Type.Optional(Enum(['active', 'lapsed', 'cancelled', 'expired'])),
  ...PageQuery,
});

/** `{id}` of a policy. */
export const IdParams = Obj({ id: IdText });
