// The deadline sweeper: overdue cases (one hazards.hazard.overdue per deadline), due-soon
// reminders (one per deadline), missed bureau deadlines (one per request or application) and
// installations due for re-assessment — exactly once each however many replicas sweep at
// once. Each case is decided under its row lock and its state remembers what was raised, so
// a second replica finds nothing left to do (the domain refuses a second flag).
import { addDays } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import { findOverdueCandidates } from '../db/hazards.js';
import { findBureauCandidates, findDueSoonCandidates } from '../db/sweep-queries.js';
import type { Deps } from '../deps.js';
import { HazardCodes } from '../domain/errors.js';
import { DEADLINE_RUNNING } from '../domain/hazard.js';
import { executeHazardCommand } from './execute-hazard-command.js';
import { localDate } from './local-date.js';
import { sweepInstallations } from './sweep-installations.js';

/** Refusals that mean another replica (or the user) got there first. */
const RACED: readonly string[] = [
  HazardCodes.illegalTransition,
  HazardCodes.notOverdue,
  HazardCodes.notDueSoon,
];

type SweepKind = 'mark-overdue' | 'remind-due-soon' | 'flag-bureau-deadline';

/** One sweep; returns how many events this call raised. */
export async function sweepDeadlines(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const today = localDate(now);
  const { db } = deps.database;
  const batch = deps.config.HAZARDS_SWEEP_BATCH;
  const until = addDays(today, deps.rules.dueSoonDays);
  const jobs: [string[], SweepKind][] = [
    [await findOverdueCandidates(db, today, DEADLINE_RUNNING, batch), 'mark-overdue'],
    [await findDueSoonCandidates(db, today, until, DEADLINE_RUNNING, batch), 'remind-due-soon'],
    [await findBureauCandidates(db, today, batch), 'flag-bureau-deadline'],
  ];
  let raised = 0;
  for (const [ids, kind] of jobs) {
    for (const id of ids) {
      try {
        const by = deps.config.HAZARDS_SERVICE_ACTOR;
        const command = { kind, at: now.toISOString(), today, by } as const;
        await executeHazardCommand(deps, id, command);
        raised++;
      } catch (error) {
        if (error instanceof DomainError && RACED.includes(error.code)) continue;
        throw error;
      }
    }
  }
  return raised + (await sweepInstallations(deps, now));
}
