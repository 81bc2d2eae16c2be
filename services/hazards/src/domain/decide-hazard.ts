// decide(command, state) → events | rejection for hazard cases (DOMAIN.md "Hazards").
// Pure: the clock, ids and configured rules come in (STYLE.md rule 1).
import { addDays, addWorkingDays, workingDaysBetween } from '@yiwang/contracts';
import { isChecklistItem } from './checklist.js';
import type { HazardCommand } from './commands.js';
import { addMonths, daysBetween } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { HazardCodes as C } from './errors.js';
import { decideSupervision } from './decide-supervision.js';
import {
  DEADLINE_RUNNING,
  PLAN_PARTS,
  type Hazard,
  type HazardEvent,
  type HazardStatus,
} from './hazard.js';
import type { HazardRules } from './rules.js';

type D = Decision<HazardEvent>;

export { DEADLINE_RUNNING } from './hazard.js';

/** Decides a command against the current state (undefined: no case yet). */
export function decideHazard(cmd: HazardCommand, state: Hazard | undefined, rules: HazardRules): D {
  if (cmd.kind === 'report') {
    return state === undefined
      ? accept([{ type: 'hazard.reported', at: cmd.at, hazard: cmd.hazard }])
      : illegal(cmd.kind, state);
  }
  if (state === undefined) return reject(C.illegalTransition, `no hazard case to ${cmd.kind}`);
  const s = state;
  const major = s.level === 'major';
  const general = s.level === 'general';
  switch (cmd.kind) {
    case 'grade': {
      if (s.status !== 'found') return illegal(cmd.kind, s);
      const item = cmd.checklist;
      if (cmd.level === 'major' && item === undefined) {
        return reject(C.checklistItemUnknown, 'a major hazard names the checklist item it meets');
      }
      if (item !== undefined && !isChecklistItem(item.standard, item.itemId)) {
        return reject(C.checklistItemUnknown, `no item ${item.itemId} in ${item.standard}`);
      }
      const fallback =
        cmd.level === 'general'
          ? addDays(cmd.today, rules.generalDeadlineDays)
          : addMonths(cmd.today, rules.listingMaxMonths);
      const deadline = cmd.deadline ?? fallback;
      if (deadline <= cmd.today)
        return reject(C.deadlineInvalid, 'the deadline must be after today');
      return accept([
        {
          type: 'hazard.graded',
          at: cmd.at,
          by: cmd.by,
          level: cmd.level,
          stopRequired: cmd.stopRequired,
          deadline,
          ...(item === undefined ? {} : { checklist: item }),
        },
      ]);
    }
    case 'double-report':
      if (s.status !== 'identified') return illegal(cmd.kind, s);
      if (after(cmd.toRegulatorAt, cmd.at) || after(cmd.toWorkersCongressAt, cmd.at)) {
        return reject(C.timestampInvalid, 'both reports must have happened already');
      }
      return accept([
        {
          type: 'hazard.double-reported',
          at: cmd.at,
          toRegulatorAt: cmd.toRegulatorAt,
          toWorkersCongressAt: cmd.toWorkersCongressAt,
        },
      ]);
    case 'submit-plan': {
      if (s.status !== 'double-reported') return illegal(cmd.kind, s);
      const missing = PLAN_PARTS.filter((part) => !cmd.parts[part]);
      if (missing.length > 0) {
        return reject(C.planIncomplete, `the plan lacks: ${missing.join(', ')}`, { missing });
      }
      if (cmd.plannedCompletion <= cmd.today) {
        return reject(C.deadlineInvalid, 'the planned completion must be after today');
      }
      const parts = cmd.parts as Record<(typeof PLAN_PARTS)[number], string>;
      return accept([
        {
          type: 'hazard.plan-submitted',
          at: cmd.at,
          plan: {
            planId: cmd.planId,
            submittedAt: cmd.at,
            plannedCompletion: cmd.plannedCompletion,
            fundsFen: cmd.fundsFen,
            parts,
          },
        },
      ]);
    }
    case 'order-stop':
      if (!major || s.stopOrder !== undefined || !inStates(s, ['plan-submitted', 'rectifying'])) {
        return illegal(cmd.kind, s);
      }
      return accept([
        {
          type: 'hazard.stop-ordered',
          at: cmd.at,
          by: cmd.by,
          scope: cmd.scope,
          orderNumber: cmd.orderNumber,
          reason: cmd.reason,
        },
      ]);
    case 'list': {
      if (!major || s.listing !== undefined || !inStates(s, ['plan-submitted', 'rectifying'])) {
        return illegal(cmd.kind, s);
      }
      const latest = addMonths(cmd.today, rules.listingMaxMonths);
      if (cmd.deadline <= cmd.today || cmd.deadline > latest) {
        return reject(C.deadlineInvalid, `a listing deadline lies after today and by ${latest}`, {
          latest,
        });
      }
      const { noticeSummary, authority, authorityLevel, documentNumber, deadline } = cmd;
      return accept([
        {
          type: 'hazard.listed',
          at: cmd.at,
          by: cmd.by,
          listing: {
            authority,
            authorityLevel,
            documentNumber,
            deadline,
            noticeSummary,
            listedAt: cmd.at,
          },
        },
      ]);
    }
    case 'start-rectification': {
      if (s.status !== 'plan-submitted' || s.plan === undefined) return illegal(cmd.kind, s);
      const deadline = s.listing?.deadline ?? s.plan.plannedCompletion;
      return accept([{ type: 'hazard.rectification-started', at: cmd.at, deadline }]);
    }
    case 'request-extension': {
      if (!major || s.status !== 'rectifying' || s.deadline === undefined) {
        return illegal(cmd.kind, s);
      }
      const before = workingDaysBetween(cmd.today, s.deadline, rules.calendar);
      if (before < rules.extensionMinWorkingDays) {
        return reject(
          C.extensionTooLate,
          `an extension is requested at least ${rules.extensionMinWorkingDays} working days before the deadline (${before} left)`,
          { workingDaysBeforeDeadline: before },
        );
      }
      if (cmd.requestedDeadline <= s.deadline) {
        return reject(C.deadlineInvalid, 'the requested deadline must be after the current one');
      }
      return accept([
        {
          type: 'hazard.extension-requested',
          at: cmd.at,
          currentDeadline: s.deadline,
          workingDaysBeforeDeadline: before,
          request: {
            requestId: cmd.requestId,
            requestedDeadline: cmd.requestedDeadline,
            reason: cmd.reason,
            requestedAt: cmd.at,
            decisionDueBy: addWorkingDays(
              cmd.today,
              rules.extensionDecisionWorkingDays,
              rules.calendar,
            ),
          },
        },
      ]);
    }
    case 'decide-extension': {
      const request = s.extension;
      if (s.status !== 'extension-requested' || request === undefined || s.deadline === undefined) {
        return illegal(cmd.kind, s);
      }
      if (cmd.decision === 'refused' && !cmd.reason) {
        return reject(C.detailRequired, 'a refusal gives its reason');
      }
      return accept([
        {
          type: 'hazard.extension-decided',
          at: cmd.at,
          by: cmd.by,
          requestId: request.requestId,
          decision: cmd.decision,
          deadline: cmd.decision === 'approved' ? request.requestedDeadline : s.deadline,
          ...(cmd.reason === undefined ? {} : { reason: cmd.reason }),
        },
      ]);
    }
    case 'rectify':
      if (s.status !== 'rectifying') return illegal(cmd.kind, s);
      if (cmd.evidence.length === 0) return reject(C.detailRequired, 'evidence is required');
      return accept([
        {
          type: 'hazard.rectified',
          at: cmd.at,
          evidence: cmd.evidence,
          ...(cmd.costFen === undefined ? {} : { costFen: cmd.costFen }),
        },
      ]);
    case 'recheck': {
      if (!general || s.status !== 'rectified') return illegal(cmd.kind, s);
      return reviewed(cmd, 'recheck', rules);
    }
    case 'assess':
      if (!major || s.status !== 'rectified') return illegal(cmd.kind, s);
      return accept([
        {
          type: 'hazard.assessed',
          at: cmd.at,
          assessor: cmd.assessor,
          conclusion: cmd.conclusion,
          reportId: cmd.reportId,
          ...(cmd.agency === undefined ? {} : { agency: cmd.agency }),
        },
      ]);
    case 'apply-resumption':
      if (!major || s.status !== 'assessed') return illegal(cmd.kind, s);
      return accept([
        {
          type: 'hazard.resumption-applied',
          at: cmd.at,
          applicationId: cmd.applicationId,
          reviewDueBy: addDays(cmd.today, rules.reviewDays),
        },
      ]);
    case 'review': {
      if (!major || s.status !== 'resumption-applied') return illegal(cmd.kind, s);
      const decision = reviewed(cmd, 'resumption-review', rules);
      if (!decision.ok) return decision;
      if (cmd.outcome === 'failed') {
        const [review] = decision.events;
        if (review?.type !== 'hazard.reviewed' || review.newDeadline === undefined) return decision;
        const { newDeadline: _n, ...withoutDeadline } = review;
        return accept([
          withoutDeadline,
          {
            type: 'hazard.rejected',
            at: cmd.at,
            by: cmd.by,
            reason: cmd.findings ?? '',
            newDeadline: review.newDeadline,
          },
        ]);
      }
      return accept([
        ...decision.events,
        {
          type: 'hazard.closed',
          at: cmd.at,
          by: cmd.by,
          ...(cmd.documentNumber === undefined ? {} : { documentNumber: cmd.documentNumber }),
        },
      ]);
    }
    case 'close':
      if (!general || s.status !== 'rechecked') return illegal(cmd.kind, s);
      return accept([{ type: 'hazard.closed', at: cmd.at, by: cmd.by }]);
    case 'mark-overdue': {
      if (
        !inStates(s, DEADLINE_RUNNING) ||
        s.deadline === undefined ||
        s.overdueFor === s.deadline
      ) {
        return illegal(cmd.kind, s);
      }
      const days = daysBetween(s.deadline, cmd.today);
      if (days < 1) return reject(C.notOverdue, `the deadline ${s.deadline} has not passed`);
      return accept([
        { type: 'hazard.overdue', at: cmd.at, deadline: s.deadline, daysOverdue: days },
      ]);
    }
    case 'link':
      // Linking is bookkeeping: any state, but each record once.
      if (s.links?.some((l) => l.source === cmd.source && l.ref === cmd.ref)) return accept([]);
      return accept([
        {
          type: 'hazard.linked',
          at: cmd.at,
          link: { source: cmd.source, ref: cmd.ref, at: cmd.at },
        },
      ]);
    case 'remind-due-soon':
    case 'flag-bureau-deadline':
    case 'order-enforcement':
    case 'lift-enforcement':
      return decideSupervision(cmd, s, rules);
    default:
      return assertNever(cmd);
  }
}

type ReviewCommand = Extract<HazardCommand, { kind: 'recheck' | 'review' }>;

function reviewed(
  cmd: ReviewCommand,
  kind: 'recheck' | 'resumption-review',
  _rules: HazardRules,
): D {
  const base = {
    type: 'hazard.reviewed' as const,
    at: cmd.at,
    by: cmd.by,
    kind,
    outcome: cmd.outcome,
    ...(cmd.findings === undefined ? {} : { findings: cmd.findings }),
  };
  if (cmd.outcome === 'passed') return accept([base]);
  if (!cmd.findings) return reject(C.detailRequired, 'a failed review says what is still wrong');
  if (cmd.newDeadline === undefined || cmd.newDeadline <= cmd.today) {
    return reject(C.deadlineInvalid, 'a failed review sets a new deadline after today');
  }
  return accept([{ ...base, newDeadline: cmd.newDeadline }]);
}

function inStates(s: Hazard, states: readonly HazardStatus[]): boolean {
  return states.includes(s.status);
}

function after(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function illegal(kind: string, s: Hazard): D {
  return reject(
    C.illegalTransition,
    `cannot ${kind} a ${s.level ?? 'ungraded'} hazard in state ${s.status}`,
    { status: s.status, command: kind },
  );
}
