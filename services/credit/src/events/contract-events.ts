// The one place where credit's domain facts become contract events (STYLE.md rule 3).
// Listing events that stay inside the service (defence stated, dismissed, early removal
// applied or refused) map to nothing.
import type { Causation } from '@yiwang/bus';
import { createEvent, credit as c, type CloudEvent } from '@yiwang/contracts';
import { assertNever } from '../domain/decision.js';
import type { Listing, ListingEvent } from '../domain/listing.js';
import type { SubjectRef } from '../domain/subject.js';

/** The contract's view of a subject (a person by credit id and employer USCC, no ID number). */
export function contractSubject(s: SubjectRef) {
  return {
    kind: s.kind,
    uscc: s.uscc,
    ...(s.kind === 'responsible-person' ? { personId: s.id } : {}),
    name: s.name.slice(0, 100),
  };
}

/** Envelope fields of an event about a subject. */
export function envelope(
  id: string,
  aggregateId: string,
  sequence: number,
  s: SubjectRef,
  time: string,
  causation?: Causation,
) {
  return {
    id,
    subject: aggregateId,
    sequence,
    region: s.region,
    enterprise: s.uscc,
    time,
    ...causation,
  };
}

/** The CloudEvent of a listing event (after it was applied to `l`), if published. */
export function listingContractEvent(
  e: ListingEvent,
  l: Listing,
  id: string,
  causation?: Causation,
): CloudEvent | undefined {
  const base = envelope(id, l.id, l.version, l.subject, e.at, causation);
  const listingId = l.id;
  switch (e.type) {
    case 'listing.proposed': {
      const eventIds = l.evidence.flatMap((x) => (x.eventId === undefined ? [] : [x.eventId]));
      return createEvent(c.listingProposed, {
        ...base,
        data: {
          listingId,
          subject: contractSubject(l.subject),
          criterion: l.criterion,
          evidenceRefs: l.evidence.map((x) => x.ref).slice(0, 50),
          proposedBy: l.proposedBy,
          proposedAt: l.proposedAt,
          criterionId: `${l.ruleSet}:${l.criterionId}`,
          ...(eventIds.length === 0 ? {} : { evidenceEventIds: eventIds.slice(0, 50) }),
        },
      });
    }
    case 'listing.noticed':
      return createEvent(c.listingNoticed, {
        ...base,
        data: {
          listingId,
          noticeNumber: e.noticeNumber,
          servedAt: e.at,
          defenceDueBy: e.defenceDueBy,
        },
      });
    case 'listing.listed':
      return createEvent(c.listingListed, {
        ...base,
        data: {
          listingId,
          subject: contractSubject(l.subject),
          criterion: l.criterion,
          decisionNumber: e.decisionNumber,
          decidingDepartment: l.decidingDepartment,
          listedAt: e.at,
          earlyRemovalFrom: e.earlyRemovalFrom,
          expiresOn: e.expiresOn,
        },
      });
    case 'listing.removed':
      return createEvent(c.listingRemoved, {
        ...base,
        data: { listingId, reason: e.reason, removedAt: e.at },
      });
    case 'listing.removed-early':
      return createEvent(c.listingRemovedEarly, {
        ...base,
        data: {
          listingId,
          applicationId: l.earlyRemoval?.applicationId ?? listingId,
          decisionNumber: e.decisionNumber,
          removedAt: e.at,
        },
      });
    case 'listing.restored':
      return createEvent(c.listingRestored, {
        ...base,
        data: {
          listingId,
          reason: 'fraud-in-early-removal',
          decisionNumber: e.decisionNumber,
          restoredAt: e.at,
          expiresOn: e.expiresOn,
        },
      });
    case 'listing.defence-stated':
    case 'listing.dismissed':
    case 'listing.early-removal-applied':
    case 'listing.early-removal-refused':
      return undefined;
    default:
      return assertNever(e);
  }
}
