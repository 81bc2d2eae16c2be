// The sweeper's part for installations: one installation.reassessment-due per due date, sent
// HAZARDS_INSTALLATION_DUE_LEAD_DAYS before it (GB 18218-2018: re-assessed every 3 years).
import { addDays } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import { findReassessmentCandidates } from '../db/installations.js';
import type { Deps } from '../deps.js';
import { HazardCodes } from '../domain/errors.js';
import { localDate } from './local-date.js';
import { executeInstallationCommand } from './reassess-installation.js';

/** One sweep over installations; returns how many reminders this call raised. */
export async function sweepInstallations(deps: Deps, now: Date): Promise<number> {
  const today = localDate(now);
  const until = addDays(today, deps.installationRules.dueLeadDays);
  const ids = await findReassessmentCandidates(
    deps.database.db,
    until,
    deps.config.HAZARDS_SWEEP_BATCH,
  );
  let raised = 0;
  for (const id of ids) {
    try {
      const cmd = { kind: 'mark-reassessment-due', at: now.toISOString(), today } as const;
      await executeInstallationCommand(deps, id, cmd);
      raised++;
    } catch (error) {
      // Another replica sent it first.
      if (error instanceof DomainError && error.code === HazardCodes.illegalTransition) continue;
      throw error;
    }
  }
  return raised;
}
