// Decisions on policies (应急〔2025〕27号, DOMAIN.md "Insurance"): issuing and renewing check
// the legal minimum cover, that every employee is insured at one sum, the period, and that
// the premium is base × the floating factors; a renewal must be arranged before the end and
// follow on without a gap (no late renewal); a policy is cancelled before its end only when
// the enterprise closed; the sweeper ends a policy after its last day.
import { addDays, daysBetween, isCalendarDate } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { InsuranceCodes as C } from './errors.js';
import type { CancelReason, ExtraCover, Policy, PolicyEvent } from './policy.js';
import { applyAdjustment, preventionCap, type Quote } from './premium.js';

/** Configured numbers of the policy rules. */
export interface PolicyRules {
  /** Minimum death/disability sum insured per person, fen (400,000 yuan). */
  readonly minSumInsuredFen: number;
  /** Longest term in days. */
  readonly maxTermDays: number;
}

/** A new policy (or renewal) as the insurer describes it. */
export interface PolicyInput {
  readonly id: string;
  readonly policyNumber: string;
  readonly insurer: string;
  readonly insurerName: string;
  readonly uscc: string;
  readonly region: string;
  readonly industry: string;
  readonly insuredEmployees: number;
  readonly sumInsuredPerPersonFen: number;
  readonly cover: ExtraCover;
  readonly basePremiumFen: number;
  /** The premium the insurer charges; must equal the computed one when given. */
  readonly premiumFen?: number | undefined;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Issue a policy, or (with `previous`) its renewal. */
export interface IssueCommand {
  readonly at: string;
  readonly today: string;
  readonly input: PolicyInput;
  /** The floating factors under the table in force on `startsOn`. */
  readonly quote: Quote;
  readonly preventionMaxPercent: number;
  /** The directory says the enterprise is open (a closed one is not insured anew). */
  readonly enterpriseOpen: boolean;
  /** Employees according to the directory, when it says. */
  readonly directoryEmployees?: number | undefined;
  readonly previous?: Policy | undefined;
}

/** Commands on an existing policy. */
export type PolicyCommand =
  | {
      readonly kind: 'arrange-renewal';
      readonly at: string;
      readonly today: string;
      readonly renewalId: string;
    }
  | {
      readonly kind: 'cancel';
      readonly at: string;
      readonly reason: CancelReason;
      readonly effectiveOn: string;
      /** The directory projection says the enterprise closed. */
      readonly enterpriseClosed: boolean;
    }
  | { readonly kind: 'end'; readonly at: string; readonly today: string };

function checkPeriod(cmd: IssueCommand, rules: PolicyRules): Decision<PolicyEvent> | undefined {
  const { startsOn, endsOn } = cmd.input;
  if (!isCalendarDate(startsOn) || !isCalendarDate(endsOn) || endsOn < startsOn) {
    return reject(C.periodInvalid, 'The period must run from startsOn to a later or equal endsOn.');
  }
  if (daysBetween(startsOn, endsOn) + 1 > rules.maxTermDays) {
    return reject(C.periodInvalid, `A term is at most ${rules.maxTermDays} days.`);
  }
  if (endsOn < cmd.today) return reject(C.periodInvalid, 'The period is already over.');
  const prev = cmd.previous;
  if (prev !== undefined && startsOn !== addDays(prev.endsOn, 1)) {
    return reject(C.periodInvalid, `A renewal starts the day after ${prev.endsOn}: no gap.`, {
      expectedStartsOn: addDays(prev.endsOn, 1),
    });
  }
  return undefined;
}

/** Decides issuing (or renewing) a policy. */
export function decideIssue(cmd: IssueCommand, rules: PolicyRules): Decision<PolicyEvent> {
  const i = cmd.input;
  if (!cmd.enterpriseOpen) {
    return reject(C.enterpriseClosed, 'The directory lists the enterprise as closed.');
  }
  if (i.sumInsuredPerPersonFen < rules.minSumInsuredFen) {
    return reject(
      C.sumInsuredTooLow,
      `Every employee is insured for at least ${rules.minSumInsuredFen} fen.`,
      {
        minimumFen: rules.minSumInsuredFen,
      },
    );
  }
  if (cmd.directoryEmployees !== undefined && i.insuredEmployees < cmd.directoryEmployees) {
    return reject(
      C.notAllEmployees,
      `The directory lists ${cmd.directoryEmployees} employees; all must be insured.`,
      {
        directoryEmployees: cmd.directoryEmployees,
      },
    );
  }
  const period = checkPeriod(cmd, rules);
  if (period !== undefined) return period;
  const premiumFen = applyAdjustment(i.basePremiumFen, cmd.quote.adjustmentPercent);
  if (i.premiumFen !== undefined && i.premiumFen !== premiumFen) {
    return reject(
      C.premiumMismatch,
      `The floating premium is ${premiumFen} fen, not ${i.premiumFen}.`,
      {
        expectedPremiumFen: premiumFen,
        adjustmentPercent: cmd.quote.adjustmentPercent,
      },
    );
  }
  const { basePremiumFen, premiumFen: _given, ...fields } = i;
  const policy: Policy = {
    ...fields,
    pricing: {
      basePremiumFen,
      quote: cmd.quote,
      premiumFen,
      preventionBudgetFen: preventionCap(premiumFen, cmd.preventionMaxPercent),
    },
    ...(cmd.previous === undefined ? {} : { previousPolicyId: cmd.previous.id }),
    status: 'active',
    issuedAt: cmd.at,
    version: 1,
  };
  return accept([
    { type: cmd.previous === undefined ? 'policy.issued' : 'policy.renewed', at: cmd.at, policy },
  ]);
}

/** Decides a command on an existing policy. */
export function decidePolicy(cmd: PolicyCommand, p: Policy): Decision<PolicyEvent> {
  if (p.status !== 'active') {
    return reject(C.illegalTransition, `The policy is ${p.status}.`, { status: p.status });
  }
  switch (cmd.kind) {
    case 'arrange-renewal':
      if (p.renewedBy !== undefined) {
        return reject(C.illegalTransition, `Already renewed by ${p.renewedBy}.`, {
          renewedBy: p.renewedBy,
        });
      }
      if (cmd.today > p.endsOn) return reject(C.renewalTooLate, `The policy ended on ${p.endsOn}.`);
      return accept([{ type: 'policy.renewal-arranged', at: cmd.at, renewalId: cmd.renewalId }]);
    case 'cancel':
      // No cancellation before the end unless the enterprise closes (应急〔2025〕27号).
      if (!cmd.enterpriseClosed) {
        return reject(
          C.cancellationNotAllowed,
          'A policy is cancelled before its end only when the enterprise has closed.',
        );
      }
      if (!isCalendarDate(cmd.effectiveOn) || cmd.effectiveOn > p.endsOn) {
        return reject(C.periodInvalid, `The cancellation takes effect on or before ${p.endsOn}.`);
      }
      return accept([
        { type: 'policy.cancelled', at: cmd.at, reason: cmd.reason, effectiveOn: cmd.effectiveOn },
      ]);
    case 'end':
      if (cmd.today <= p.endsOn) return reject(C.notEnded, `The policy runs until ${p.endsOn}.`);
      return accept([
        { type: p.renewedBy === undefined ? 'policy.lapsed' : 'policy.expired', at: cmd.at },
      ]);
    default:
      return assertNever(cmd);
  }
}
