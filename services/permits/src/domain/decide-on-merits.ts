// The decision on the merits (DOMAIN.md "Permits"; 行政许可法 art. 38): a refusal gives written
// reasons and appeal information; an approval needs the review, the inspection and an
// expert review (if one ran) passed — unless a renewal is waived — and the preconditions:
// no credit listing, active mandatory insurance for high-risk industries, no overdue major
// hazard. The approval issues the licence.
import type { Application, ApplicationEvent, ApplicationStatus } from './application.js';
import type { ApplicationCommand } from './commands.js';
import { accept, reject, type Decision } from './decision.js';
import { PermitCodes as C } from './errors.js';
import { appealInformation, blockers } from './holder-checks.js';
import type { PermitRules } from './rules.js';

type D = Decision<ApplicationEvent>;

/** Decides a `decide` command. */
export function decideOnMerits(
  cmd: Extract<ApplicationCommand, { kind: 'decide' }>,
  s: Application,
  rules: PermitRules,
): D {
  const open: readonly ApplicationStatus[] = [
    'credit-checked',
    'document-reviewed',
    'expert-reviewed',
    'inspected',
  ];
  if (!open.includes(s.status) || s.creditCheck?.result !== 'clear')
    return reject(C.illegalTransition, `cannot decide an application that is ${s.status}`, {
      status: s.status,
    });
  const base = { number: cmd.decisionNumber, decidedAt: cmd.at, decidedBy: cmd.by };
  if (cmd.outcome === 'refused') {
    if (cmd.reasons === undefined || cmd.reasons.trim() === '') {
      return reject(
        C.detailRequired,
        'a refusal gives its reasons in writing (行政许可法 art. 38)',
      );
    }
    const decision = {
      ...base,
      outcome: 'refused' as const,
      reasons: cmd.reasons,
      appealInformation: appealInformation(rules),
    };
    return accept([{ type: 'application.decided', at: cmd.at, decision }]);
  }
  const missing = s.reviewWaived === true ? [] : missingSteps(s);
  if (missing.length > 0) {
    return reject(C.stepsIncomplete, `an approval needs passed: ${missing.join(', ')}`, {
      missing,
    });
  }
  // DOMAIN.md: before a decision — no listing, active mandatory insurance for high-risk
  // industries, no overdue major hazard.
  const failed = blockers(cmd.facts);
  if (failed.length > 0) {
    return reject(C.preconditionFailed, `the licence cannot be granted: ${failed.join(', ')}`, {
      reasons: failed,
    });
  }
  if (cmd.licence === undefined) return reject(C.detailRequired, 'an approval issues a licence');
  return accept([
    {
      type: 'application.decided',
      at: cmd.at,
      decision: { ...base, outcome: 'approved', licenceId: cmd.licence.licenceId },
    },
    { type: 'application.licence-issued', at: cmd.at, licence: cmd.licence },
  ]);
}

function missingSteps(s: Application): string[] {
  const missing: string[] = [];
  if (s.review?.result !== 'pass') missing.push('document review');
  if (s.inspection?.result !== 'pass') missing.push('site inspection');
  if (s.expertReview !== undefined && s.expertReview.conclusion !== 'pass')
    missing.push('expert review');
  return missing;
}
