// decide(command, state) → events | rejection for licences (DOMAIN.md "Permits").
import { addDays, type IsoDate } from '@yiwang/contracts';
import { addMonths } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { PermitCodes as C } from './errors.js';
import type {
  AutoReason,
  CancelReason,
  Licence,
  LicenceEvent,
  ManualReason,
  Suspension,
} from './licence.js';
import type { PermitRules } from './rules.js';

type D = Decision<LicenceEvent>;
interface Base {
  readonly at: string;
  readonly today: IsoDate;
  readonly by: string;
}

export type LicenceCommand =
  | (Base & {
      readonly kind: 'issue';
      readonly licence: Extract<LicenceEvent, { type: 'licence.issued' }>['licence'];
    })
  | (Base & {
      readonly kind: 'renew';
      readonly applicationId: string;
      readonly withoutReview: boolean;
    })
  /** Brings the suspension in line with the holder's current automatic reasons. */
  | (Base & {
      readonly kind: 'reconcile';
      readonly reasons: readonly AutoReason[];
      readonly decisionNumber: string;
    })
  | (Base & {
      readonly kind: 'suspend';
      readonly reason: ManualReason;
      readonly note: string;
      readonly decisionNumber: string;
      readonly until?: IsoDate;
    })
  | (Base & { readonly kind: 'reinstate'; readonly decisionNumber: string })
  | (Base & { readonly kind: 'revoke'; readonly reason: string; readonly decisionNumber: string })
  | (Base & { readonly kind: 'cancel'; readonly reason: CancelReason })
  | (Base & { readonly kind: 'flag-renewal-due'; readonly noFatalAccidentInTerm: boolean })
  | (Base & { readonly kind: 'expire' });

/** The first day of a term starting `from` ends `validityYears` later, the day before. */
export function termEnd(from: IsoDate, rules: PermitRules): IsoDate {
  return addDays(addMonths(from, 12 * rules.validityYears), -1);
}

/** The date renewal is due: `renewalNoticeMonths` before expiry (条例 art. 9). */
export function renewalDueBy(validUntil: IsoDate, rules: PermitRules): IsoDate {
  return addMonths(validUntil, -rules.renewalNoticeMonths);
}

/** What a reconcile would do: lets the caller allocate a decision number only when needed. */
export function reconcileOutcome(
  s: Licence,
  reasons: readonly AutoReason[],
): 'suspend' | 'reinstate' | 'change' | 'none' {
  if (s.status === 'active') return reasons.length > 0 ? 'suspend' : 'none';
  if (s.status !== 'suspended' || s.suspension === undefined) return 'none';
  if (reasons.length === 0 && s.suspension.manual === undefined) return 'reinstate';
  return sameSet(reasons, s.suspension.auto) ? 'none' : 'change';
}

/** Decides a licence command. */
export function decideLicence(
  cmd: LicenceCommand,
  state: Licence | undefined,
  rules: PermitRules,
): D {
  if (cmd.kind === 'issue') {
    return state === undefined
      ? accept([{ type: 'licence.issued', at: cmd.at, licence: cmd.licence }])
      : illegal(cmd.kind, state);
  }
  if (state === undefined) return reject(C.illegalTransition, `no licence to ${cmd.kind}`);
  const s = state;
  const live = s.status === 'active' || s.status === 'suspended';
  switch (cmd.kind) {
    case 'renew': {
      if (s.status !== 'active') return illegal(cmd.kind, s);
      const termStart = addDays(s.validUntil, 1);
      return accept([
        {
          type: 'licence.renewed',
          at: cmd.at,
          applicationId: cmd.applicationId,
          termStart,
          validUntil: termEnd(termStart, rules),
          withoutReview: cmd.withoutReview,
        },
      ]);
    }
    case 'reconcile': {
      const outcome = reconcileOutcome(s, cmd.reasons);
      const auto = [...cmd.reasons];
      switch (outcome) {
        case 'none':
          return accept([]);
        case 'suspend':
          return accept([
            {
              type: 'licence.suspended',
              at: cmd.at,
              suspension: { auto, decisionNumber: cmd.decisionNumber, since: cmd.at },
            },
          ]);
        case 'reinstate':
          return accept([
            { type: 'licence.reinstated', at: cmd.at, decisionNumber: cmd.decisionNumber },
          ]);
        case 'change':
          return accept([
            {
              type: 'licence.suspension-changed',
              at: cmd.at,
              suspension: { ...(s.suspension as Suspension), auto },
            },
          ]);
        default:
          return assertNever(outcome);
      }
    }
    case 'suspend': {
      if (!live || s.suspension?.manual !== undefined) return illegal(cmd.kind, s);
      const manual = { reason: cmd.reason, decisionNumber: cmd.decisionNumber, note: cmd.note };
      const suspension: Suspension =
        s.suspension === undefined
          ? { auto: [], manual, decisionNumber: cmd.decisionNumber, since: cmd.at }
          : { ...s.suspension, manual };
      return accept([
        {
          type: 'licence.suspended',
          at: cmd.at,
          suspension,
          ...(cmd.until === undefined ? {} : { until: cmd.until }),
        },
      ]);
    }
    case 'reinstate': {
      const sus = s.suspension;
      if (s.status !== 'suspended' || sus === undefined) return illegal(cmd.kind, s);
      if (sus.auto.length > 0) {
        return reject(C.preconditionFailed, `the holder still has: ${sus.auto.join(', ')}`, {
          reasons: sus.auto,
        });
      }
      return accept([
        { type: 'licence.reinstated', at: cmd.at, decisionNumber: cmd.decisionNumber },
      ]);
    }
    case 'revoke':
      if (!live) return illegal(cmd.kind, s);
      return accept([
        {
          type: 'licence.revoked',
          at: cmd.at,
          decisionNumber: cmd.decisionNumber,
          reason: cmd.reason,
        },
      ]);
    case 'cancel':
      if (!live) return illegal(cmd.kind, s);
      return accept([{ type: 'licence.cancelled', at: cmd.at, reason: cmd.reason }]);
    case 'flag-renewal-due': {
      const dueBy = renewalDueBy(s.validUntil, rules);
      // The notice goes out ahead of the due date, so the holder has time to file.
      const from = addDays(dueBy, -rules.renewalReminderDays);
      if (
        !live ||
        cmd.today < from ||
        s.renewalDueFor === s.validUntil ||
        cmd.today > s.validUntil
      ) {
        return reject(C.notDue, 'renewal is not due, or was already notified for this term');
      }
      return accept([
        {
          type: 'licence.renewal-due',
          at: cmd.at,
          validUntil: s.validUntil,
          renewalDueBy: dueBy,
          noFatalAccidentInTerm: cmd.noFatalAccidentInTerm,
        },
      ]);
    }
    case 'expire':
      if (!live || cmd.today <= s.validUntil)
        return reject(C.notDue, 'the licence has not expired');
      return accept([{ type: 'licence.expired', at: cmd.at, on: addDays(s.validUntil, 1) }]);
    default:
      return assertNever(cmd);
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function illegal(kind: string, s: Licence): D {
  return reject(C.illegalTransition, `cannot ${kind} a licence that is ${s.status}`, {
    status: s.status,
  });
}
