// Test data: valid USCCs, requests as a role, and events of other contexts as their relays
// would publish them.
import {
  complaints,
  createEvent,
  exchange,
  hazards,
  newEventId,
  permits,
  usccCheckDigit,
  type CloudEvent,
} from '@yiwang/contracts';
import type { CreditService, TokenClaims } from './harness.js';

/** A valid USCC built from a 1–9 digit serial (region 330502). */
export function uscc(serial: number): string {
  const first17 = `91330502${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckDigit(first17);
}

/** Staff of the bureau (credit officer and supervisor) covering Huzhou. */
export const officer: TokenClaims = { roles: ['credit-officer', 'supervisor'], sub: 'officer-1' };

/** Sends a request with a token of `claims` (anonymous when null). */
export async function call(
  cr: CreditService,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  claims: TokenClaims | null = officer,
  headers: Record<string, string> = {},
) {
  const auth: Record<string, string> =
    claims === null ? {} : { authorization: `Bearer ${await cr.token(claims)}` };
  return cr.app.inject({
    method,
    url,
    headers: { ...auth, ...headers },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

const envelope = (subject: string, enterprise: string, sequence = 1, time?: string) => ({
  id: newEventId(),
  time: time ?? new Date().toISOString(),
  subject,
  region: '330502',
  sequence,
  enterprise,
});

/** `exchange.enterprise.registered` with a standardisation grade. */
export function enterpriseRegistered(
  id: string,
  grade: '1' | '2' | '3' | 'none' = '2',
): CloudEvent {
  return createEvent(exchange.enterpriseRegistered, {
    ...envelope(id, id),
    data: {
      uscc: id,
      name: '湖州安泰化工有限公司',
      industry: 'hazardous-chemicals',
      highRisk: true,
      highRiskCategory: 'hazardous-chemicals',
      region: '330502',
      township: 'zhihu',
      gridCellId: 'cell-1',
      standardisationLevel: grade,
      status: 'open',
      registeredAt: new Date().toISOString(),
    } as never,
  });
}

/** `hazards.accident.reported` of `level` that occurred at `occurredAt`. */
export function accidentReported(
  accidentId: string,
  enterprise: string,
  level: 'general' | 'larger' | 'major',
  occurredAt: string,
): CloudEvent {
  return createEvent(hazards.accidentReported, {
    ...envelope(accidentId, enterprise, 1),
    data: {
      accidentId,
      industry: 'hazardous-chemicals',
      kind: 'fire',
      occurredAt,
      learnedAt: occurredAt,
      reportedAt: occurredAt,
      timeliness: 'on-time',
      deaths: level === 'general' ? 1 : level === 'larger' ? 3 : 10,
      seriousInjuries: 0,
      missing: 0,
      directLossFen: 0,
      level,
      roadTrafficOrFire: true,
      summary: 'Fire in the storage hall',
    } as never,
  });
}

/** `hazards.accident.level-revised` (sequence 2). */
export function accidentRevised(
  accidentId: string,
  enterprise: string,
  previousLevel: string,
  level: string,
  sequence = 2,
): CloudEvent {
  return createEvent(hazards.accidentLevelRevised, {
    ...envelope(accidentId, enterprise, sequence),
    data: {
      accidentId,
      revision: sequence - 1,
      revisedAt: new Date().toISOString(),
      deaths: 12,
      seriousInjuries: 0,
      missing: 0,
      directLossFen: 0,
      previousLevel,
      level,
      reason: 'two more died in hospital',
    } as never,
  });
}

/** `hazards.hazard.overdue` of a major hazard. */
export function hazardOverdue(hazardId: string, enterprise: string): CloudEvent {
  return createEvent(hazards.hazardOverdue, {
    ...envelope(hazardId, enterprise, 7),
    data: {
      hazardId,
      level: 'major',
      deadline: '2026-02-28',
      detectedAt: new Date().toISOString(),
      daysOverdue: 2,
    },
  });
}

/** `complaints.report.substantiated` of illegal operation (no reporter data). */
export function illegalOperation(reportId: string, enterprise: string): CloudEvent {
  return createEvent(complaints.reportSubstantiated, {
    ...envelope(reportId, enterprise, 5),
    data: {
      reportId,
      enterprise,
      region: '330502',
      scope: 'illegal-operation',
      summaryCode: 'IO-001',
      industry: 'hazardous-chemicals',
      severity: 'major',
      finding: 'illegal-operation',
      alreadyKnown: false,
      verifiedAt: new Date().toISOString(),
      verifiedBy: 'inspector-3',
    } as never,
  });
}

/** `permits.violation.recorded` of `kind` (as permits publishes it, after staff found it). */
export function violationRecorded(
  violationId: string,
  enterprise: string,
  kind: 'operating-while-suspended' | 'beyond-scope',
): CloudEvent {
  return createEvent(permits.violationRecorded, {
    ...envelope(violationId, enterprise, 1),
    data: {
      violationId,
      uscc: enterprise,
      kind,
      decidingDepartment: 'bureau',
      summary: 'Production went on after the suspension was served',
      foundAt: new Date().toISOString(),
      recordedBy: 'inspector-3',
    },
  });
}
