// Test data: valid USCCs, requests as a role, and the events of other contexts (directory,
// credit, insurance, hazards) as their relays would publish them.
import {
  createEvent,
  credit,
  exchange,
  hazards,
  insurance,
  newEventId,
  usccCheckDigit,
  type CloudEvent,
} from '@yiwang/contracts';
import type { PermitsService, TokenClaims } from './harness.js';

/** A valid USCC built from a 1–9 digit serial (region 330502). */
export function uscc(serial: number): string {
  const first17 = `91330502${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckDigit(first17);
}

/** Sends a request with a token of `claims` (anonymous when null). */
export async function call(
  pm: PermitsService,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  claims: TokenClaims | null = { roles: ['supervisor'] },
  headers: Record<string, string> = {},
) {
  const auth: Record<string, string> =
    claims === null ? {} : { authorization: `Bearer ${await pm.token(claims)}` };
  return pm.app.inject({
    method,
    url,
    headers: { ...auth, ...headers },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

const now = () => new Date().toISOString();
const envelope = (subject: string, enterprise: string, sequence: number) => ({
  id: newEventId(),
  time: now(),
  subject,
  region: '330502',
  sequence,
  enterprise,
});

/** `exchange.enterprise.registered` (hazardous chemicals, high-risk unless told otherwise). */
export function enterpriseRegistered(id: string, highRisk = true): CloudEvent {
  return createEvent(exchange.enterpriseRegistered, {
    ...envelope(id, id, 1),
    data: {
      uscc: id,
      name: '湖州安泰化工有限公司',
      industry: highRisk ? 'hazardous-chemicals' : 'trade',
      highRisk,
      highRiskCategory: highRisk ? 'hazardous-chemicals' : 'none',
      region: '330502',
      township: 'zhihu',
      gridCellId: 'cell-1',
      standardisationLevel: '2',
      status: 'open',
      registeredAt: now(),
    },
  });
}

/** `credit.listing.listed` of enterprise `id`. */
export function listingListed(listingId: string, id: string, sequence = 3): CloudEvent {
  return createEvent(credit.listingListed, {
    ...envelope(listingId, id, sequence),
    data: {
      listingId,
      subject: { kind: 'enterprise', uscc: id, name: '湖州安泰化工有限公司' },
      criterion: 'accident-concealment',
      decisionNumber: '湖应急信〔2026〕1号',
      decidingDepartment: '湖州市应急管理局',
      listedAt: now(),
      earlyRemovalFrom: '2027-03-01',
      expiresOn: '2029-03-01',
    },
  });
}

/** `credit.listing.removed`. */
export function listingRemoved(listingId: string, id: string, sequence = 4): CloudEvent {
  return createEvent(credit.listingRemoved, {
    ...envelope(listingId, id, sequence),
    data: { listingId, reason: 'decision-revoked', removedAt: now() },
  });
}

/** `insurance.policy.issued` for enterprise `id`, in force over 2026–2027. */
export function policyIssued(policyId: string, id: string): CloudEvent {
  return createEvent(insurance.policyIssued, {
    ...envelope(policyId, id, 1),
    data: {
      policyId,
      policyNumber: 'P-1',
      insurer: uscc(999),
      insurerName: '人保财险湖州分公司',
      industry: 'hazardous-chemicals',
      insuredEmployees: 40,
      cover: { deathOrDisabilityPerPersonFen: 40_000_000 },
      basePremiumFen: 1_000_000,
      floatingAdjustmentPercent: 0,
      premiumFen: 1_000_000,
      preventionBudgetFen: 100_000,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    },
  });
}

/** `insurance.compliance.violated` / `.restored` of enterprise `id`. */
export function compliance(
  complianceId: string,
  id: string,
  violated: boolean,
  sequence: number,
): CloudEvent {
  if (violated) {
    return createEvent(insurance.complianceViolated, {
      ...envelope(complianceId, id, sequence),
      data: {
        complianceId,
        industry: 'hazardous-chemicals',
        reason: 'policy-lapsed',
        detectedAt: now(),
      },
    });
  }
  return createEvent(insurance.complianceRestored, {
    ...envelope(complianceId, id, sequence),
    data: { complianceId, policyId: 'pol-2', restoredAt: now() },
  });
}

/**
 * `insurance.compliance.ended` of enterprise `id`: the case ends without a policy (the
 * enterprise closed or is no longer high-risk).
 */
export function complianceEnded(complianceId: string, id: string, sequence: number): CloudEvent {
  return createEvent(insurance.complianceEnded, {
    ...envelope(complianceId, id, sequence),
    data: { complianceId, reason: 'not-high-risk', endedAt: now() },
  });
}

/** `hazards.hazard.listed` then `overdue` (major) of enterprise `id`. */
export function hazardListedOverdue(hazardId: string, id: string): CloudEvent[] {
  return [
    createEvent(hazards.hazardListed, {
      ...envelope(hazardId, id, 5),
      data: {
        hazardId,
        hazardSummary: 'Tank farm without gas detection',
        authority: '湖州市安委会',
        authorityLevel: 'city',
        documentNumber: '湖安委〔2026〕2号',
        listedAt: now(),
        deadline: '2026-02-01',
      },
    }),
    createEvent(hazards.hazardOverdue, {
      ...envelope(hazardId, id, 7),
      data: { hazardId, level: 'major', deadline: '2026-02-01', detectedAt: now(), daysOverdue: 3 },
    }),
  ];
}

/** `hazards.hazard.closed` (sequence after the overdue). */
export function hazardClosed(hazardId: string, id: string): CloudEvent {
  return createEvent(hazards.hazardClosed, {
    ...envelope(hazardId, id, 12),
    data: {
      hazardId,
      level: 'major',
      source: 'inspection',
      closedAt: now(),
      closedBy: 'inspector-1',
    },
  });
}

/** `hazards.accident.reported` with `deaths` at enterprise `id`. */
export function accidentReported(
  accidentId: string,
  id: string,
  deaths: number,
  occurredAt: string,
): CloudEvent {
  return createEvent(hazards.accidentReported, {
    ...envelope(accidentId, id, 1),
    data: {
      accidentId,
      industry: 'hazardous-chemicals',
      kind: 'poisoning-asphyxiation',
      occurredAt,
      learnedAt: occurredAt,
      reportedAt: occurredAt,
      timeliness: 'on-time',
      deaths,
      seriousInjuries: 0,
      missing: 0,
      directLossFen: 0,
      level: 'general',
      roadTrafficOrFire: false,
      summary: 'Worker overcome in a tank',
    },
  });
}
