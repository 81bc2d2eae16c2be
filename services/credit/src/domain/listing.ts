// A listing case on the 严重失信主体名单 (应急管理部令第11号, 2023) and its events.
// normal → proposed → pending (notice served, defence window) → listed (decision number,
// published) → removed (term over) | removal-applied → removed-early → listed (restored on
// fraud); proposed/pending → dismissed.
import { assertNever } from './decision.js';
import type { SubjectRef } from './subject.js';

/** Criteria of art. 6–7 (the contract's enum). */
export type Criterion =
  | 'major-accident'
  | 'two-larger-accidents-in-12-months'
  | 'accident-concealment'
  | 'unlicensed-operation'
  | 'false-agency-report'
  | 'qualification-rental'
  | 'other';

/** One piece of evidence: the record (case) and the event it came from. */
export interface Evidence {
  /** Id of the case in its context (accident id, licence id, report id …). */
  readonly ref: string;
  readonly recordId?: string;
  readonly eventId?: string;
}

/** Where a listing case stands. */
export type ListingStatus =
  'proposed' | 'pending' | 'listed' | 'removal-applied' | 'removed' | 'removed-early' | 'dismissed';

/** A listing case. */
export interface Listing {
  readonly id: string;
  readonly subject: SubjectRef;
  readonly criterion: Criterion;
  /** Rule id within the rule set, e.g. `art6-2`. */
  readonly criterionId: string;
  readonly ruleSet: string;
  readonly evidence: readonly Evidence[];
  /** The department that imposed the penalty decides the listing (token `dept`). */
  readonly decidingDepartment: string;
  readonly proposedBy: string;
  readonly proposedAt: string;
  readonly status: ListingStatus;
  readonly notice?: { readonly noticeNumber: string; servedAt: string; defenceDueBy: string };
  readonly defence?: { readonly statedAt: string; readonly summary: string };
  readonly decision?: {
    readonly decisionNumber: string;
    readonly decidedBy: string;
    readonly listedAt: string;
    readonly listedOn: string;
  };
  /** Early removal allowed from this day; the term ends on `expiresOn`. */
  readonly earlyRemovalFrom?: string;
  readonly expiresOn?: string;
  readonly earlyRemoval?: {
    readonly applicationId: string;
    readonly appliedAt: string;
    readonly evidence: readonly string[];
    readonly summary: string;
  };
  readonly ended?: {
    readonly reason: 'expired' | 'decision-revoked' | 'removed-early' | 'dismissed';
    readonly at: string;
    readonly by: string;
    readonly decisionNumber?: string;
    readonly note?: string;
  };
  readonly restorations: number;
  readonly version: number;
}

/** Statuses in which the subject is on the published list. */
export const ON_LIST: readonly ListingStatus[] = ['listed', 'removal-applied'];
/** Statuses of an open case (at most one per subject). */
export const OPEN: readonly ListingStatus[] = ['proposed', 'pending', 'listed', 'removal-applied'];

/** Events of a listing case. */
export type ListingEvent =
  | { readonly type: 'listing.proposed'; readonly at: string; readonly listing: Listing }
  | {
      readonly type: 'listing.noticed';
      readonly at: string;
      readonly noticeNumber: string;
      readonly defenceDueBy: string;
    }
  | { readonly type: 'listing.defence-stated'; readonly at: string; readonly summary: string }
  | {
      readonly type: 'listing.listed';
      readonly at: string;
      readonly by: string;
      readonly decisionNumber: string;
      readonly listedOn: string;
      readonly earlyRemovalFrom: string;
      readonly expiresOn: string;
    }
  | { readonly type: 'listing.dismissed'; readonly at: string; by: string; reason: string }
  | {
      readonly type: 'listing.early-removal-applied';
      readonly at: string;
      readonly applicationId: string;
      readonly evidence: readonly string[];
      readonly summary: string;
    }
  | { readonly type: 'listing.early-removal-refused'; at: string; by: string; reason: string }
  | { readonly type: 'listing.removed-early'; at: string; by: string; decisionNumber: string }
  | {
      readonly type: 'listing.removed';
      readonly at: string;
      readonly by: string;
      readonly reason: 'expired' | 'decision-revoked';
      readonly decisionNumber?: string;
    }
  | {
      readonly type: 'listing.restored';
      readonly at: string;
      readonly by: string;
      readonly decisionNumber: string;
      readonly reason: string;
      readonly earlyRemovalFrom: string;
      readonly expiresOn: string;
    };

/** Applies one event (events were decided valid: no checks here). */
export function evolve(state: Listing | undefined, e: ListingEvent): Listing {
  if (e.type === 'listing.proposed') return e.listing;
  if (state === undefined) throw new Error(`${e.type} before listing.proposed`);
  const s = { ...state, version: state.version + 1 };
  switch (e.type) {
    case 'listing.noticed':
      return {
        ...s,
        status: 'pending',
        notice: { noticeNumber: e.noticeNumber, servedAt: e.at, defenceDueBy: e.defenceDueBy },
      };
    case 'listing.defence-stated':
      return { ...s, defence: { statedAt: e.at, summary: e.summary } };
    case 'listing.listed':
      return {
        ...s,
        status: 'listed',
        decision: {
          decisionNumber: e.decisionNumber,
          decidedBy: e.by,
          listedAt: e.at,
          listedOn: e.listedOn,
        },
        earlyRemovalFrom: e.earlyRemovalFrom,
        expiresOn: e.expiresOn,
      };
    case 'listing.dismissed':
      return { ...s, status: 'dismissed', ended: end('dismissed', e, { note: e.reason }) };
    case 'listing.early-removal-applied':
      return {
        ...s,
        status: 'removal-applied',
        earlyRemoval: {
          applicationId: e.applicationId,
          appliedAt: e.at,
          evidence: e.evidence,
          summary: e.summary,
        },
      };
    case 'listing.early-removal-refused': {
      const { earlyRemoval: _dropped, ...rest } = s;
      return { ...rest, status: 'listed' };
    }
    case 'listing.removed-early':
      return {
        ...s,
        status: 'removed-early',
        ended: end('removed-early', e, { decisionNumber: e.decisionNumber }),
      };
    case 'listing.removed':
      return {
        ...s,
        status: 'removed',
        ended: end(
          e.reason,
          e,
          e.decisionNumber === undefined ? {} : { decisionNumber: e.decisionNumber },
        ),
      };
    case 'listing.restored': {
      const { ended: _ended, earlyRemoval: _app, ...rest } = s;
      return {
        ...rest,
        status: 'listed',
        earlyRemovalFrom: e.earlyRemovalFrom,
        expiresOn: e.expiresOn,
        restorations: s.restorations + 1,
      };
    }
    default:
      return assertNever(e);
  }
}

function end(
  reason: NonNullable<Listing['ended']>['reason'],
  e: { at: string; by: string },
  extra: { decisionNumber?: string; note?: string },
): NonNullable<Listing['ended']> {
  return { reason, at: e.at, by: e.by, ...extra };
}
