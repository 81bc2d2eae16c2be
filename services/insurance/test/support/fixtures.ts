// Test data: valid USCCs, events of other contexts (directory, accidents, credit) as their
// relays publish them, requests as a role, and a valid policy body.
import {
  createEvent,
  credit,
  exchange,
  hazards,
  newEventId,
  usccCheckDigit,
  type CloudEvent,
} from '@yiwang/contracts';
import type { InsuranceService, TokenClaims } from './harness.js';

/** A valid USCC built from a 1–9 digit serial (region 330502). */
export function uscc(serial: number): string {
  const first17 = `91330502${String(serial).padStart(9, '0')}`;
  return first17 + usccCheckDigit(first17);
}

/** The insurer of most tests (its USCC is its token's dept). */
export const INSURER = uscc(900_001);
/** The insurer's token claims. */
export const insurer: TokenClaims = {
  roles: ['insurer'],
  dept: INSURER,
  regions: ['330500'],
  sub: 'uw-1',
};
/** A district inspector of 330502. */
export const inspector: TokenClaims = { roles: ['inspector'], regions: ['330502'], sub: 'insp-1' };

/** Sends a request with a token of `claims` (anonymous when null). */
export async function call(
  svc: InsuranceService,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  claims: TokenClaims | null = insurer,
) {
  const headers: Record<string, string> =
    claims === null ? {} : { authorization: `Bearer ${await svc.token(claims)}` };
  return svc.app.inject({
    method,
    url,
    headers,
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
}

const envelope = (
  subject: string,
  enterprise: string | undefined,
  sequence: number,
  region = '330502',
) => ({
  id: newEventId(),
  time: new Date().toISOString(),
  subject,
  region,
  sequence,
  ...(enterprise === undefined ? {} : { enterprise }),
});

/** `exchange.enterprise.registered`: a high-risk chemicals enterprise unless told otherwise. */
export function enterpriseRegistered(
  id: string,
  o: Partial<{
    highRisk: boolean;
    employees: number;
    region: string;
    standardisationLevel: '1' | '2' | '3' | 'none';
  }> = {},
): CloudEvent {
  const region = o.region ?? '330502';
  const highRisk = o.highRisk ?? true;
  return createEvent(exchange.enterpriseRegistered, {
    ...envelope(id, id, 1, region),
    data: {
      uscc: id,
      name: '湖州安泰化工有限公司',
      industry: highRisk ? 'hazardous-chemicals' : 'trade',
      highRisk,
      highRiskCategory: highRisk ? 'hazardous-chemicals' : 'none',
      region,
      township: 'zhihu',
      gridCellId: 'cell-1',
      standardisationLevel: o.standardisationLevel ?? '2',
      status: 'open',
      ...(o.employees === undefined ? {} : { employees: o.employees }),
      registeredAt: new Date().toISOString(),
    } as never,
  });
}

/** `exchange.enterprise.updated` (high-risk flag) / `closed` / `reopened`. */
export function enterpriseChanged(
  id: string,
  sequence: number,
  change: { highRisk: boolean } | { region: string } | 'closed' | 'reopened',
): CloudEvent {
  const base = envelope(id, id, sequence);
  if (change === 'closed') {
    return createEvent(exchange.enterpriseClosed, {
      ...base,
      data: { uscc: id, reason: 'bankrupt', closedOn: '2026-03-01' },
    });
  }
  if (change === 'reopened') {
    return createEvent(exchange.enterpriseReopened, {
      ...base,
      data: { uscc: id, reopenedAt: new Date().toISOString() },
    });
  }
  if ('region' in change) {
    return createEvent(exchange.enterpriseUpdated, {
      ...base,
      data: { uscc: id, changes: { region: change.region }, updatedAt: new Date().toISOString() },
    });
  }
  return createEvent(exchange.enterpriseUpdated, {
    ...base,
    data: {
      uscc: id,
      changes: change.highRisk
        ? {
            highRisk: true,
            highRiskCategory: 'hazardous-chemicals',
            industry: 'hazardous-chemicals',
          }
        : { highRisk: false, highRiskCategory: 'none' },
      updatedAt: new Date().toISOString(),
    },
  });
}

/** `hazards.accident.reported` of a level. */
export function accidentReported(
  accidentId: string,
  id: string,
  level: 'general' | 'larger' | 'major' | 'especially-major',
  occurredAt = '2026-01-15T03:00:00Z',
): CloudEvent {
  return createEvent(hazards.accidentReported, {
    ...envelope(accidentId, id, 1),
    data: {
      accidentId,
      industry: 'hazardous-chemicals',
      kind: 'fire',
      occurredAt,
      learnedAt: occurredAt,
      reportedAt: occurredAt,
      timeliness: 'on-time',
      deaths: level === 'general' ? 0 : 3,
      seriousInjuries: 0,
      missing: 0,
      directLossFen: 0,
      level,
      roadTrafficOrFire: true,
      summary: 'Warehouse fire',
    },
  });
}

/** `credit.listing.listed` of an enterprise. */
export function listingListed(listingId: string, id: string): CloudEvent {
  return createEvent(credit.listingListed, {
    ...envelope(listingId, id, 3),
    data: {
      listingId,
      subject: { kind: 'enterprise', uscc: id, name: '湖州安泰化工有限公司' },
      criterion: 'major-accident',
      decisionNumber: '湖应急〔2026〕1号',
      decidingDepartment: '湖州市应急管理局',
      listedAt: new Date().toISOString(),
      earlyRemovalFrom: '2027-03-02',
      expiresOn: '2029-03-02',
    },
  });
}

/** `credit.listing.removed`. */
export function listingRemoved(listingId: string, id: string): CloudEvent {
  return createEvent(credit.listingRemoved, {
    ...envelope(listingId, id, 4),
    data: { listingId, reason: 'decision-revoked', removedAt: new Date().toISOString() },
  });
}

/** A valid policy body for `id` (clock date 2026-03-02). */
export function policyBody(id: string, number: string, over: Record<string, unknown> = {}) {
  return {
    policyNumber: number,
    insurerName: '中国人保财险湖州分公司',
    uscc: id,
    startsOn: '2026-03-02',
    endsOn: '2027-03-01',
    insuredEmployees: 120,
    sumInsuredPerPersonFen: 50_000_000,
    cover: { thirdPartyFen: 100_000_000 },
    basePremiumFen: 1_000_000,
    ...over,
  };
}

/** `hazards.accident.level-revised` (revision `sequence` of the accident). */
export function accidentRevised(
  accidentId: string,
  id: string,
  sequence: number,
  previousLevel: 'general' | 'larger' | 'major',
  level: 'general' | 'larger' | 'major',
): CloudEvent {
  return createEvent(hazards.accidentLevelRevised, {
    ...envelope(accidentId, id, sequence),
    data: {
      accidentId,
      revision: sequence - 1,
      revisedAt: new Date().toISOString(),
      deaths: 10,
      seriousInjuries: 0,
      missing: 0,
      directLossFen: 0,
      previousLevel,
      level,
      reason: 'Two injured died in hospital',
    },
  });
}

/** `credit.rating.changed` of an enterprise. */
export function ratingChanged(id: string, sequence: number, level: number): CloudEvent {
  return createEvent(credit.ratingChanged, {
    ...envelope(id, id, sequence),
    data: {
      uscc: id,
      level,
      reason: 'bad-record',
      effectiveFrom: '2026-03-01',
      changedAt: new Date().toISOString(),
    },
  });
}
