// decide(command, state) → events | rejection for listing cases (DOMAIN.md "Credit and
// blacklist"; 应急管理部令第11号 2023: notice and defence before listing, 3-year term, early
// removal after 12 months, restoration when early removal was obtained by fraud).
import { addWorkingDays } from '@yiwang/contracts';
import type { ListingCommand } from './commands.js';
import { addMonths } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { CreditCodes as C } from './errors.js';
import type { Listing, ListingEvent, ListingStatus } from './listing.js';
import type { CreditRules } from './rules.js';

type D = Decision<ListingEvent>;

/** Commands only the deciding department (or the service, as the bureau) may issue. */
const DECIDER_ONLY = new Set(['list', 'dismiss', 'decide-early-removal', 'restore', 'revoke']);

/** Decides a command against a listing case. */
export function decideListing(cmd: ListingCommand, s: Listing, rules: CreditRules): D {
  if (DECIDER_ONLY.has(cmd.kind) && cmd.dept !== s.decidingDepartment) {
    return reject(C.wrongDepartment, `only ${s.decidingDepartment} decides this listing`);
  }
  switch (cmd.kind) {
    case 'serve-notice': {
      if (s.status !== 'proposed') return illegal(cmd.kind, s.status);
      const defenceDueBy = addWorkingDays(cmd.today, rules.defenceWorkingDays, rules.calendar);
      return accept([
        { type: 'listing.noticed', at: cmd.at, noticeNumber: cmd.noticeNumber, defenceDueBy },
      ]);
    }
    case 'state-defence': {
      if (s.status !== 'pending' || s.defence !== undefined) return illegal(cmd.kind, s.status);
      const due = s.notice?.defenceDueBy ?? cmd.today;
      if (cmd.today > due) return reject(C.defenceWindowClosed, `the defence was due by ${due}`);
      return accept([{ type: 'listing.defence-stated', at: cmd.at, summary: cmd.summary }]);
    }
    case 'list': {
      if (s.status !== 'pending') return illegal(cmd.kind, s.status);
      if (cmd.decisionNumber === '')
        return reject(C.detailRequired, 'a listing needs a decision number');
      const due = s.notice?.defenceDueBy ?? cmd.today;
      // Decided once the subject stated its defence or the window closed unused.
      if (s.defence === undefined && cmd.today <= due) {
        return reject(C.defenceWindowOpen, `the subject may state a defence until ${due}`, {
          defenceDueBy: due,
        });
      }
      return accept([
        {
          type: 'listing.listed',
          at: cmd.at,
          by: cmd.by,
          decisionNumber: cmd.decisionNumber,
          listedOn: cmd.today,
          earlyRemovalFrom: addMonths(cmd.today, rules.earlyRemovalMonths),
          expiresOn: addMonths(cmd.today, rules.listingYears * 12),
        },
      ]);
    }
    case 'dismiss':
      if (s.status !== 'proposed' && s.status !== 'pending') return illegal(cmd.kind, s.status);
      return accept([{ type: 'listing.dismissed', at: cmd.at, by: cmd.by, reason: cmd.reason }]);
    case 'apply-early-removal': {
      if (s.status !== 'listed') return illegal(cmd.kind, s.status);
      const from = s.earlyRemovalFrom ?? cmd.today;
      if (cmd.today < from) {
        return reject(C.earlyRemovalTooSoon, `early removal may be applied for from ${from}`, {
          earlyRemovalFrom: from,
        });
      }
      if (cmd.evidence.length === 0) {
        return reject(C.detailRequired, 'an early-removal application needs evidence');
      }
      return accept([
        {
          type: 'listing.early-removal-applied',
          at: cmd.at,
          applicationId: cmd.applicationId,
          evidence: cmd.evidence,
          summary: cmd.summary,
        },
      ]);
    }
    case 'decide-early-removal':
      if (s.status !== 'removal-applied') return illegal(cmd.kind, s.status);
      if (cmd.decision === 'refused') {
        if (cmd.reason === undefined) return reject(C.detailRequired, 'a refusal needs a reason');
        return accept([
          { type: 'listing.early-removal-refused', at: cmd.at, by: cmd.by, reason: cmd.reason },
        ]);
      }
      if (cmd.decisionNumber === undefined) {
        return reject(C.detailRequired, 'an early removal needs a decision number');
      }
      return accept([
        {
          type: 'listing.removed-early',
          at: cmd.at,
          by: cmd.by,
          decisionNumber: cmd.decisionNumber,
        },
      ]);
    case 'restore': {
      if (s.status !== 'removed-early') return illegal(cmd.kind, s.status);
      const original = s.expiresOn ?? cmd.today;
      const restart = rules.restoreRestartsTerm || original <= cmd.today;
      return accept([
        {
          type: 'listing.restored',
          at: cmd.at,
          by: cmd.by,
          decisionNumber: cmd.decisionNumber,
          reason: cmd.reason,
          earlyRemovalFrom: addMonths(cmd.today, rules.earlyRemovalMonths),
          expiresOn: restart ? addMonths(cmd.today, rules.listingYears * 12) : original,
        },
      ]);
    }
    case 'revoke':
      if (s.status !== 'listed' && s.status !== 'removal-applied') {
        return illegal(cmd.kind, s.status);
      }
      return accept([
        {
          type: 'listing.removed',
          at: cmd.at,
          by: cmd.by,
          reason: 'decision-revoked',
          decisionNumber: cmd.decisionNumber,
        },
      ]);
    case 'expire': {
      if (s.status !== 'listed' && s.status !== 'removal-applied') {
        return illegal(cmd.kind, s.status);
      }
      const ends = s.expiresOn ?? cmd.today;
      if (cmd.today < ends) return reject(C.notExpired, `the listing runs until ${ends}`);
      return accept([{ type: 'listing.removed', at: cmd.at, by: cmd.by, reason: 'expired' }]);
    }
    default:
      return assertNever(cmd);
  }
}

function illegal(kind: string, status: ListingStatus): D {
  return reject(C.illegalTransition, `cannot ${kind} a listing that is ${status}`, { status });
}
