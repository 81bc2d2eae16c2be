// decide() for what watches a case from outside its flow: due-soon reminders and missed
// bureau deadlines (raised by the sweeper, once each), and enforcement when the enterprise
// refuses an order (安全生产法 2021 art. 70: stop power supply and the like to force a
// decision through; art. 112: a fine repeated daily from the day after the order).
import type { SupervisionCommand } from './commands.js';
import { daysBetween } from './dates.js';
import { accept, assertNever, reject, type Decision } from './decision.js';
import { HazardCodes as C } from './errors.js';
import { DEADLINE_RUNNING, type Hazard, type HazardEvent } from './hazard.js';
import { pendingBureauDeadline } from './bureau-deadlines.js';
import type { HazardRules } from './rules.js';

type D = Decision<HazardEvent>;

/** Decides a supervision command on an existing case. */
export function decideSupervision(cmd: SupervisionCommand, s: Hazard, rules: HazardRules): D {
  switch (cmd.kind) {
    case 'remind-due-soon': {
      const deadline = s.deadline;
      if (!DEADLINE_RUNNING.includes(s.status) || deadline === undefined) return illegal(cmd, s);
      if (s.dueSoonFor === deadline || s.overdueFor === deadline) return illegal(cmd, s);
      const daysLeft = daysBetween(cmd.today, deadline);
      if (daysLeft < 0 || daysLeft > rules.dueSoonDays) {
        return reject(C.notDueSoon, `the deadline ${deadline} is ${daysLeft} days away`);
      }
      return accept([{ type: 'hazard.due-soon', at: cmd.at, deadline, daysLeft }]);
    }
    case 'flag-bureau-deadline': {
      const pending = pendingBureauDeadline(s);
      if (pending === undefined || pending.missed) return illegal(cmd, s);
      const daysLate = daysBetween(pending.dueBy, cmd.today);
      if (daysLate < 1) return reject(C.notOverdue, `the bureau has until ${pending.dueBy}`);
      const { duty, ref, dueBy } = pending;
      const miss = { duty, ref, dueBy, detectedAt: cmd.at };
      return accept([{ type: 'hazard.bureau-deadline-missed', at: cmd.at, miss, daysLate }]);
    }
    case 'order-enforcement': {
      const inForce = s.enforcement !== undefined && s.enforcement.liftedAt === undefined;
      if (s.level === undefined || s.status === 'closed' || inForce) return illegal(cmd, s);
      const daily = cmd.measures.includes('daily-fine');
      if (daily !== (cmd.dailyFineFen !== undefined && cmd.dailyFineFen > 0)) {
        return reject(C.detailRequired, 'a daily fine, and only a daily fine, states its amount');
      }
      const { measures, decisionNumber, reason } = cmd;
      const enforcement = {
        decisionNumber,
        measures,
        ...(daily ? { dailyFineFen: cmd.dailyFineFen } : {}),
        orderedAt: cmd.at,
        orderedOn: cmd.today,
        orderedBy: cmd.by,
        reason,
      };
      return accept([{ type: 'hazard.enforcement-ordered', at: cmd.at, enforcement }]);
    }
    case 'lift-enforcement': {
      const e = s.enforcement;
      if (e === undefined || e.liftedAt !== undefined) return illegal(cmd, s);
      // Art. 112: the daily fine runs from the day after the order up to the day it is lifted.
      const fine =
        e.dailyFineFen === undefined
          ? {}
          : {
              finedDays: Math.max(daysBetween(e.orderedOn, cmd.today), 0),
              totalFineFen: Math.max(daysBetween(e.orderedOn, cmd.today), 0) * e.dailyFineFen,
            };
      return accept([
        {
          type: 'hazard.enforcement-lifted',
          at: cmd.at,
          by: cmd.by,
          liftedOn: cmd.today,
          reason: cmd.reason,
          ...fine,
        },
      ]);
    }
    default:
      return assertNever(cmd);
  }
}

function illegal(cmd: SupervisionCommand, s: Hazard): D {
  return reject(
    C.illegalTransition,
    `cannot ${cmd.kind} a ${s.level ?? 'ungraded'} hazard in state ${s.status}`,
    { status: s.status, command: cmd.kind },
  );
}
