// The licence (安全生产许可证条例 art. 9, 14; DOMAIN.md "Permits"): issued for 3 years,
// renewed (延期) when filed 3 months before expiry, suspended (暂扣) while its holder is listed
// by credit, has an overdue major hazard or lacks mandatory insurance — reinstated when that
// ends — or by a decision for a violation; revoked (吊销), cancelled (注销), expired.
import type { IsoDate } from '@yiwang/contracts';
import type { LicenceType, Stage } from './conditions.js';

export type LicenceStatus = 'active' | 'suspended' | 'revoked' | 'cancelled' | 'expired';

/** Reasons the service suspends by itself, from the local projections. */
export type AutoReason = 'credit-listed' | 'insurance-lapsed' | 'overdue-major-hazard';

/** Reasons a suspension decision by staff gives. */
export type ManualReason = 'violation' | 'other';

export type CancelReason = 'enterprise-closed' | 'surrendered' | 'business-ended' | 'other';

export interface Suspension {
  /** Automatic reasons in force. */
  readonly auto: readonly AutoReason[];
  /** A staff decision, lifted only by staff. */
  readonly manual?: {
    readonly reason: ManualReason;
    readonly decisionNumber: string;
    readonly note: string;
  };
  readonly decisionNumber: string;
  readonly since: string;
}

/** The state of one licence. */
export interface Licence {
  readonly id: string;
  readonly number: string;
  readonly licenceType: LicenceType;
  readonly stage?: Stage;
  readonly uscc: string;
  readonly region: string;
  readonly enterpriseName: string;
  readonly industry: string;
  readonly scope: string;
  readonly applicationId: string;
  readonly issuedAt: string;
  /** First day of the current term (a renewal starts a new term). */
  readonly termStart: IsoDate;
  readonly validUntil: IsoDate;
  readonly status: LicenceStatus;
  readonly suspension?: Suspension;
  /** The expiry date a renewal-due notice was sent for (once per term). */
  readonly renewalDueFor?: IsoDate;
  readonly renewalDueBy?: IsoDate;
  readonly renewals: number;
  readonly ended?: {
    readonly at: string;
    readonly reason: string;
    readonly decisionNumber?: string;
  };
  readonly version: number;
}

/** What happened to a licence (mapped to contract events in one place). */
export type LicenceEvent =
  | {
      readonly type: 'licence.issued';
      readonly at: string;
      readonly licence: Omit<Licence, 'status' | 'version' | 'renewals'>;
    }
  | {
      readonly type: 'licence.renewed';
      readonly at: string;
      readonly applicationId: string;
      readonly termStart: IsoDate;
      readonly validUntil: IsoDate;
      readonly withoutReview: boolean;
    }
  | {
      readonly type: 'licence.suspended';
      readonly at: string;
      readonly suspension: Suspension;
      readonly until?: IsoDate;
    }
  | {
      readonly type: 'licence.suspension-changed';
      readonly at: string;
      readonly suspension: Suspension;
    }
  | { readonly type: 'licence.reinstated'; readonly at: string; readonly decisionNumber: string }
  | {
      readonly type: 'licence.revoked';
      readonly at: string;
      readonly decisionNumber: string;
      readonly reason: string;
    }
  | { readonly type: 'licence.cancelled'; readonly at: string; readonly reason: CancelReason }
  | {
      readonly type: 'licence.renewal-due';
      readonly at: string;
      readonly validUntil: IsoDate;
      readonly renewalDueBy: IsoDate;
      readonly noFatalAccidentInTerm: boolean;
    }
  | { readonly type: 'licence.expired'; readonly at: string; readonly on: IsoDate };

/** Applies one event (undefined before `licence.issued`). */
export function evolveLicence(state: Licence | undefined, event: LicenceEvent): Licence {
  if (event.type === 'licence.issued') {
    return { ...event.licence, status: 'active', renewals: 0, version: 1 };
  }
  if (state === undefined) throw new Error(`${event.type} before licence.issued`);
  return { ...applyLicence(state, event), version: state.version + 1 };
}

function applyLicence(s: Licence, e: Exclude<LicenceEvent, { type: 'licence.issued' }>): Licence {
  switch (e.type) {
    case 'licence.renewed':
      return { ...s, termStart: e.termStart, validUntil: e.validUntil, renewals: s.renewals + 1 };
    case 'licence.suspended':
      return { ...s, status: 'suspended', suspension: e.suspension };
    case 'licence.suspension-changed':
      return { ...s, suspension: e.suspension };
    case 'licence.reinstated': {
      const { suspension: _lifted, ...rest } = s;
      return { ...rest, status: 'active' };
    }
    case 'licence.revoked':
      return {
        ...s,
        status: 'revoked',
        ended: { at: e.at, reason: e.reason, decisionNumber: e.decisionNumber },
      };
    case 'licence.cancelled':
      return { ...s, status: 'cancelled', ended: { at: e.at, reason: e.reason } };
    case 'licence.renewal-due':
      return { ...s, renewalDueFor: e.validUntil, renewalDueBy: e.renewalDueBy };
    case 'licence.expired':
      return { ...s, status: 'expired', ended: { at: e.at, reason: 'expired' } };
  }
}
