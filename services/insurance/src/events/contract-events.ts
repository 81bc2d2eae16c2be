// The one place where insurance domain events become contract events (STYLE.md rule 3).
// `policy.renewal-arranged`, `policy.expired` and `compliance.assessed` stay inside the
// service: the renewal itself is published on the new policy, and an assessment without a
// flip changes nothing another context acts on.
import type { Causation } from '@yiwang/bus';
import { createEvent, insurance as c, type CloudEvent } from '@yiwang/contracts';
import type { Compliance, ComplianceEvent } from '../domain/compliance.js';
import { assertNever } from '../domain/decision.js';
import type { Policy, PolicyEvent } from '../domain/policy.js';

type Industry = Parameters<typeof createEvent<typeof c.policyIssued.schema>>[1]['data']['industry'];

/** Envelope facts of an event. */
export interface Facts {
  readonly id: string;
  readonly causation?: Causation | undefined;
}

function coverOf(p: Policy) {
  return { deathOrDisabilityPerPersonFen: p.sumInsuredPerPersonFen, ...p.cover };
}

/** The CloudEvent of a policy event (`p` is the state after it), or undefined. */
export function policyContractEvent(e: PolicyEvent, p: Policy, f: Facts): CloudEvent | undefined {
  const base = {
    id: f.id,
    sequence: p.version,
    region: p.region,
    enterprise: p.uscc,
    subject: p.id,
    time: e.at,
    ...f.causation,
  };
  const pricing = {
    floatingAdjustmentPercent: p.pricing.quote.adjustmentPercent,
    premiumFen: p.pricing.premiumFen,
  };
  switch (e.type) {
    case 'policy.issued':
      return createEvent(c.policyIssued, {
        ...base,
        data: {
          policyId: p.id,
          policyNumber: p.policyNumber,
          insurer: p.insurer,
          insurerName: p.insurerName,
          industry: p.industry as Industry,
          insuredEmployees: p.insuredEmployees,
          cover: coverOf(p),
          basePremiumFen: p.pricing.basePremiumFen,
          ...pricing,
          preventionBudgetFen: p.pricing.preventionBudgetFen,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
        },
      });
    case 'policy.renewed':
      return createEvent(c.policyRenewed, {
        ...base,
        data: {
          policyId: p.id,
          previousPolicyId: p.previousPolicyId ?? p.id,
          policyNumber: p.policyNumber,
          insuredEmployees: p.insuredEmployees,
          ...pricing,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
        },
      });
    case 'policy.lapsed':
      return createEvent(c.policyLapsed, {
        ...base,
        data: { policyId: p.id, endedOn: p.endsOn, lapsedAt: e.at },
      });
    case 'policy.cancelled':
      return createEvent(c.policyCancelled, {
        ...base,
        data: { policyId: p.id, reason: e.reason, effectiveOn: e.effectiveOn, cancelledAt: e.at },
      });
    case 'policy.renewal-arranged':
    case 'policy.expired':
      return undefined;
    default:
      return assertNever(e);
  }
}

/** The CloudEvent of a compliance event (`s` is the record after it), or undefined. */
export function complianceContractEvent(
  e: ComplianceEvent,
  s: Compliance,
  f: Facts,
): CloudEvent | undefined {
  // One aggregate per enterprise: subject = USCC, sequence = the record's version, so permits
  // and credit can ignore stale flips (ARCHITECTURE.md §4).
  const base = {
    id: f.id,
    sequence: s.version,
    region: s.region,
    enterprise: s.uscc,
    subject: s.uscc,
    time: e.at,
    ...f.causation,
  };
  const complianceId = s.caseId ?? s.uscc;
  switch (e.type) {
    case 'compliance.violated':
      return createEvent(c.complianceViolated, {
        ...base,
        data: {
          complianceId,
          industry: s.industry as Industry,
          reason: e.reason,
          detectedAt: e.at,
        },
      });
    case 'compliance.restored':
      return createEvent(c.complianceRestored, {
        ...base,
        data: { complianceId, policyId: e.policyId, restoredAt: e.at },
      });
    case 'compliance.ended':
      return createEvent(c.complianceEnded, {
        ...base,
        data: { complianceId, reason: e.reason, endedAt: e.at },
      });
    case 'compliance.assessed':
      return undefined;
    default:
      return assertNever(e);
  }
}
