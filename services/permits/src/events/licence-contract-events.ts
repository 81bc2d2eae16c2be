// The one place where licence domain events become contract events (STYLE.md rule 3). A
// change of the reasons of a running suspension stays inside the service.
import type { Causation } from '@yiwang/bus';
import { createEvent, permits as c, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { Licence, LicenceEvent } from '../domain/licence.js';

type Industry = Parameters<
  typeof createEvent<typeof c.licenceIssued.schema>
>[1]['data']['industry'];

/** The CloudEvent of a licence event (after it was applied to `l`), or undefined. */
export function licenceContractEvent(
  e: LicenceEvent,
  l: Licence,
  id: string,
  causation?: Causation,
): CloudEvent | undefined {
  const base = {
    id,
    sequence: l.version,
    region: l.region,
    enterprise: l.uscc,
    subject: l.id,
    time: e.at,
    ...causation,
  };
  const licenceId = l.id;
  switch (e.type) {
    case 'licence.issued':
      return createEvent(c.licenceIssued, {
        ...base,
        data: {
          licenceId,
          licenceNumber: l.number,
          licenceType: l.licenceType,
          applicationId: l.applicationId,
          enterpriseName: l.enterpriseName,
          industry: l.industry as Industry,
          scope: l.scope,
          validFrom: l.termStart,
          validUntil: l.validUntil,
        },
      });
    case 'licence.renewed':
      return createEvent(c.licenceRenewed, {
        ...base,
        data: {
          licenceId,
          licenceNumber: l.number,
          applicationId: e.applicationId,
          withoutReview: e.withoutReview,
          validFrom: e.termStart,
          validUntil: e.validUntil,
        },
      });
    case 'licence.suspended': {
      const s = e.suspension;
      const reason = s.manual?.reason ?? s.auto[0] ?? 'other';
      return createEvent(c.licenceSuspended, {
        ...base,
        data: {
          licenceId,
          reason,
          decisionNumber: s.manual?.decisionNumber ?? s.decisionNumber,
          suspendedAt: e.at,
          ...(e.until === undefined ? {} : { until: e.until }),
        },
      });
    }
    case 'licence.suspension-changed':
      return undefined;
    case 'licence.reinstated':
      return createEvent(c.licenceReinstated, {
        ...base,
        data: { licenceId, decisionNumber: e.decisionNumber, reinstatedAt: e.at },
      });
    case 'licence.revoked':
      return createEvent(c.licenceRevoked, {
        ...base,
        data: { licenceId, decisionNumber: e.decisionNumber, reason: e.reason, revokedAt: e.at },
      });
    case 'licence.cancelled':
      return createEvent(c.licenceCancelled, {
        ...base,
        data: { licenceId, reason: e.reason, cancelledAt: e.at },
      });
    case 'licence.renewal-due':
      return createEvent(c.licenceRenewalDue, {
        ...base,
        data: {
          licenceId,
          validUntil: e.validUntil,
          renewalDueBy: e.renewalDueBy,
          noFatalAccidentInTerm: e.noFatalAccidentInTerm,
        },
      });
    case 'licence.expired':
      return createEvent(c.licenceExpired, { ...base, data: { licenceId, expiredOn: e.on } });
    default:
      return assertNever(e);
  }
}
