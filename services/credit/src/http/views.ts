// Domain and rows → HTTP views (drops undefined members so the closed schemas hold).
import type { Static } from '@sinclair/typebox';
import type { SubjectStatus } from '../app/subject-status.js';
import type { SubjectRow } from '../db/subjects.js';
import type { Listing } from '../domain/listing.js';
import type { ListingView, PublicListingView, SubjectView } from './schemas/credit.js';

/** A JSON round trip: what the wire would carry (no undefined members). */
export function plain<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The view of a subject with its status. */
export function subjectView(s: SubjectRow, st: SubjectStatus): Static<typeof SubjectView> {
  return {
    id: s.id,
    kind: s.kind as Static<typeof SubjectView>['kind'],
    uscc: s.uscc,
    name: s.name,
    region: s.region,
    standardisation: s.standardisation,
    rating: s.rating,
    ratingReasons: s.ratingReasons ?? [],
    status: st.status,
    listingId: st.listing?.id ?? null,
    measures: st.measures,
    adverseRecords: st.adverseRecords,
    supervision: st.supervision,
  };
}

/** The view of a listing case. */
export function listingView(l: Listing): Static<typeof ListingView> {
  return plain(l);
}

/** The published fields of a listed case, or undefined when it is not on the list. */
export function publicView(l: Listing): Static<typeof PublicListingView> | undefined {
  if (l.decision === undefined || l.expiresOn === undefined) return undefined;
  return {
    listingId: l.id,
    kind: l.subject.kind,
    name: l.subject.name,
    uscc: l.subject.uscc,
    region: l.subject.region,
    criterion: l.criterion,
    decisionNumber: l.decision.decisionNumber,
    decidingDepartment: l.decidingDepartment,
    listedOn: l.decision.listedOn,
    expiresOn: l.expiresOn,
  };
}
