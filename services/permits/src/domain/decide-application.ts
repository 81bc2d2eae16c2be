// decide(command, state) → events | rejection for applications (DOMAIN.md "Permits").
// Pure: the clock, ids, numbers and holder facts come in (STYLE.md rule 1).
import { addDays } from '@yiwang/contracts';
import type { Application, ApplicationEvent, ApplicationStatus } from './application.js';
import type { ApplicationCommand } from './commands.js';
import { CONDITIONS } from './conditions.js';
import { addDaysOfKind, compressedLimit, daysOfKindBetween } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { PermitCodes as C } from './errors.js';
import { decideOnMerits } from './decide-on-merits.js';
import { appealInformation } from './holder-checks.js';
import type { PermitRules } from './rules.js';

type D = Decision<ApplicationEvent>;

/** States in which the statutory clock runs (the expert review pauses it). */
export const CLOCK_RUNNING: readonly ApplicationStatus[] = [
  'accepted',
  'credit-checked',
  'document-reviewed',
  'expert-reviewed',
  'inspected',
];

/** Decides a command against the current state (undefined: no application yet). */
export function decideApplication(
  cmd: ApplicationCommand,
  state: Application | undefined,
  rules: PermitRules,
): D {
  if (cmd.kind === 'draft') {
    if (state !== undefined) return illegal(cmd.kind, state);
    const d = cmd.draft;
    if ((d.licenceType === 'hazchem-construction-review') !== (d.stage !== undefined)) {
      return reject(
        C.applicationInvalid,
        'a construction project review (and only it) names its stage',
      );
    }
    if ((d.kind === 'new') !== (d.previousLicenceId === undefined)) {
      return reject(
        C.applicationInvalid,
        'a renewal names the licence it renews, a new application none',
      );
    }
    return accept([{ type: 'application.drafted', at: cmd.at, draft: d }]);
  }
  if (state === undefined) return reject(C.illegalTransition, `no application to ${cmd.kind}`);
  const s = state;
  switch (cmd.kind) {
    case 'attach-evidence':
      if (s.status !== 'draft' && s.status !== 'needs-supplement') return illegal(cmd.kind, s);
      return accept([
        {
          type: 'application.evidence-attached',
          at: cmd.at,
          condition: cmd.condition,
          documents: cmd.documents,
        },
      ]);
    case 'submit':
      if (s.status !== 'draft') return illegal(cmd.kind, s);
      return accept([
        {
          type: 'application.submitted',
          at: cmd.at,
          on: cmd.today,
          noticeDueBy: noticeDue(cmd.today, rules),
        },
      ]);
    case 'request-supplement': {
      if (s.status !== 'submitted') return illegal(cmd.kind, s);
      // 总局令第55号 art. 18 / 行政许可法 art. 32: every defect at once, in one notice.
      if (s.supplement !== undefined) {
        return reject(C.noticeAlreadySent, 'every defect was due in the one notice already sent');
      }
      if (cmd.missing.length === 0)
        return reject(C.detailRequired, 'the notice lists at least one defect');
      const missing = [...new Set(cmd.missing)];
      return accept([
        {
          type: 'application.supplement-requested',
          at: cmd.at,
          by: cmd.by,
          missing,
          details: cmd.details,
          noticeNumber: cmd.noticeNumber,
          dueBy: addDays(cmd.today, rules.supplementDays),
        },
      ]);
    }
    case 'provide-supplement': {
      if (s.status !== 'needs-supplement' || s.supplement === undefined)
        return illegal(cmd.kind, s);
      const still = s.supplement.missing.filter((c) => (s.evidence[c] ?? []).length === 0);
      if (still.length > 0) {
        return reject(C.detailRequired, `documents are still missing for: ${still.join(', ')}`, {
          missing: still,
        });
      }
      return accept([
        {
          type: 'application.supplement-provided',
          at: cmd.at,
          on: cmd.today,
          noticeDueBy: noticeDue(cmd.today, rules),
        },
      ]);
    }
    case 'accept': {
      if (s.status !== 'submitted') return illegal(cmd.kind, s);
      if (cmd.deemed && (s.noticeDueBy === undefined || cmd.today <= s.noticeDueBy)) {
        return reject(C.notDue, 'the notice period has not passed');
      }
      const limit = compressedLimit(rules.limits[s.licenceType], rules.localCompression);
      // Deemed acceptance dates from receipt of the documents (行政许可法 art. 32).
      const start = cmd.deemed ? (s.receivedOn ?? cmd.today) : cmd.today;
      return accept([
        {
          type: 'application.accepted',
          at: cmd.at,
          by: cmd.by,
          limit,
          decisionDueBy: addDaysOfKind(start, limit.days, limit.kind, rules.calendar),
          deemed: cmd.deemed,
          reviewWaived: s.kind === 'renewal' && cmd.noFatalAccidentInTerm,
        },
      ]);
    }
    case 'check-credit': {
      if (s.status !== 'accepted') return illegal(cmd.kind, s);
      // The credit listing is a veto (应急管理部令第11号; joint punishment 一票否决).
      const veto = cmd.facts.listed;
      const check = {
        ...cmd.facts,
        result: veto ? ('veto' as const) : ('clear' as const),
        vetoReasons: veto ? (['credit-listed'] as const) : [],
        checkedAt: cmd.at,
        checkedBy: cmd.by,
      };
      const checked: ApplicationEvent = { type: 'application.credit-checked', at: cmd.at, check };
      if (!veto) return accept([checked]);
      if (cmd.decisionNumber === undefined)
        return reject(C.detailRequired, 'a veto needs a decision number');
      return accept([
        checked,
        {
          type: 'application.decided',
          at: cmd.at,
          decision: {
            outcome: 'refused',
            number: cmd.decisionNumber,
            reasons: `The applicant is on the list of seriously untrustworthy subjects (${cmd.facts.listingIds.slice(0, 5).join(', ')}); the listing vetoes the licence.`,
            vetoReasons: ['credit-listed'],
            appealInformation: appealInformation(rules),
            decidedAt: cmd.at,
            decidedBy: cmd.by,
          },
        },
      ]);
    }
    case 'review-documents': {
      if (s.status !== 'credit-checked' || s.reviewWaived === true) return illegal(cmd.kind, s);
      const judged = new Set(cmd.findings.map((f) => f.condition));
      const unjudged = CONDITIONS.filter((c) => !judged.has(c));
      const noEvidence = cmd.findings
        .filter((f) => f.met && f.evidence.length === 0)
        .map((f) => f.condition);
      if (unjudged.length > 0 || noEvidence.length > 0 || judged.size !== cmd.findings.length) {
        return reject(
          C.checklistIncomplete,
          'judge each of the thirteen conditions once, with evidence for every met one',
          { unjudged, noEvidence },
        );
      }
      const result = cmd.findings.every((f) => f.met) ? ('pass' as const) : ('fail' as const);
      return accept([
        {
          type: 'application.documents-reviewed',
          at: cmd.at,
          by: cmd.by,
          findings: cmd.findings,
          result,
        },
      ]);
    }
    case 'inspect': {
      const canInspect =
        s.status === 'document-reviewed' ||
        s.status === 'expert-reviewed' ||
        (s.status === 'inspected' && s.inspection?.result === 'rectify');
      if (!canInspect || s.review === undefined) return illegal(cmd.kind, s);
      const inspectors = [...new Set(cmd.inspectors)];
      // 总局令第55号 art. 10: the site is checked by at least two staff.
      if (inspectors.length < rules.minInspectors) {
        return reject(
          C.tooFewInspectors,
          `a site inspection needs at least ${rules.minInspectors} different inspectors`,
          { minimum: rules.minInspectors },
        );
      }
      return accept([
        {
          type: 'application.inspected',
          at: cmd.at,
          inspectors,
          result: cmd.result,
          ...(cmd.findings === undefined ? {} : { findings: cmd.findings }),
        },
      ]);
    }
    case 'start-expert-review':
      if (
        (s.status !== 'document-reviewed' && s.status !== 'inspected') ||
        s.expertReview !== undefined
      ) {
        return illegal(cmd.kind, s);
      }
      return accept([
        {
          type: 'application.expert-review-started',
          at: cmd.at,
          on: cmd.today,
          experts: cmd.experts,
        },
      ]);
    case 'complete-expert-review': {
      const review = s.expertReview;
      if (
        s.status !== 'expert-review' ||
        review === undefined ||
        s.limit === undefined ||
        s.decisionDueBy === undefined
      ) {
        return illegal(cmd.kind, s);
      }
      // The time experts take does not count towards the limit (行政许可法 art. 45).
      const kind = s.limit.kind;
      const paused = Math.max(
        0,
        daysOfKindBetween(review.startedOn, cmd.today, kind, rules.calendar),
      );
      return accept([
        {
          type: 'application.expert-review-completed',
          at: cmd.at,
          conclusion: cmd.conclusion,
          pausedDays: paused,
          decisionDueBy: addDaysOfKind(s.decisionDueBy, paused, kind, rules.calendar),
        },
      ]);
    }
    case 'decide':
      return decideOnMerits(cmd, s, rules);
    case 'add-note':
      return accept([
        {
          type: 'application.note-added',
          at: cmd.at,
          note: { at: cmd.at, by: cmd.by, text: cmd.text },
        },
      ]);
    default:
      return assertNever(cmd);
  }
}

function noticeDue(today: string, rules: PermitRules): string {
  return addDaysOfKind(today, rules.noticeWorkingDays, 'working', rules.calendar);
}

function illegal(kind: string, s: Application): D {
  return reject(C.illegalTransition, `cannot ${kind} an application that is ${s.status}`, {
    status: s.status,
  });
}
