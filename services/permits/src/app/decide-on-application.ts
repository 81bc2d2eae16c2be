// The decision on an application (DOMAIN.md "Permits"): the preconditions are read again
// from the projections at the moment of deciding (listing, mandatory insurance for high-risk
// industries, overdue major hazards); an approval issues the licence (new, valid 3 years) or
// renews the one applied for, in the same transaction.
import { loadLicence } from '../db/licences.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Application, ApplicationEvent, IssuedLicence } from '../domain/application.js';
import { decideLicence, termEnd } from '../domain/decide-licence.js';
import { addDays } from '@yiwang/contracts';
import { decided } from './decided.js';
import { executeApplicationCommand, type ExecuteOptions } from './execute-application-command.js';
import { executeLicenceCommand } from './execute-licence-command.js';
import { decisionFacts } from './holder-facts.js';
import { localDate } from './local-date.js';
import { documentNumber, licenceNumber } from './numbers.js';
import { recordLicenceEvents } from './record-licence-events.js';

/** What the decider says. */
export interface DecisionInput {
  readonly outcome: 'approved' | 'refused';
  readonly reasons?: string;
}

/** Decides application `id`. */
export async function decideOnApplication(
  deps: Deps,
  id: string,
  input: DecisionInput,
  by: string,
  options: Omit<ExecuteOptions, 'after'> = {},
): Promise<Application> {
  return executeApplicationCommand(
    deps,
    id,
    async (a: Application, tx: Executor) => {
      const now = deps.clock.now();
      const today = localDate(now);
      const facts = await decisionFacts(tx, a.uscc, today, a);
      const licence =
        input.outcome === 'approved' ? await licenceToIssue(deps, tx, a, today) : undefined;
      return {
        kind: 'decide',
        at: now.toISOString(),
        today,
        by,
        outcome: input.outcome,
        ...(input.reasons === undefined ? {} : { reasons: input.reasons }),
        facts,
        decisionNumber: await documentNumber(deps, tx, 'JD'),
        ...(licence === undefined ? {} : { licence }),
      };
    },
    { ...options, after: (a, events, tx) => issueLicence(deps, a, events, tx, by) },
  );
}

async function licenceToIssue(
  deps: Deps,
  tx: Executor,
  a: Application,
  today: string,
): Promise<IssuedLicence | undefined> {
  if (a.kind === 'renewal' && a.previousLicenceId !== undefined) {
    const previous = await loadLicence(tx, a.previousLicenceId);
    if (previous === undefined) return undefined;
    const validFrom = addDays(previous.validUntil, 1);
    return {
      licenceId: previous.id,
      licenceNumber: previous.number,
      validFrom,
      validUntil: termEnd(validFrom, deps.rules),
      renewal: true,
    };
  }
  return {
    licenceId: deps.ids.id('lic'),
    licenceNumber: await licenceNumber(deps, tx),
    validFrom: today,
    validUntil: termEnd(today, deps.rules),
    renewal: false,
  };
}

async function issueLicence(
  deps: Deps,
  a: Application,
  events: readonly ApplicationEvent[],
  tx: Executor,
  by: string,
): Promise<void> {
  const issued = events.find((e) => e.type === 'application.licence-issued');
  if (issued?.type !== 'application.licence-issued') return;
  const now = deps.clock.now();
  const base = { at: now.toISOString(), today: localDate(now), by };
  const l = issued.licence;
  if (l.renewal) {
    await executeLicenceCommand(
      deps,
      l.licenceId,
      { ...base, kind: 'renew', applicationId: a.id, withoutReview: a.reviewWaived === true },
      { tx },
    );
    return;
  }
  const licence = {
    id: l.licenceId,
    number: l.licenceNumber,
    licenceType: a.licenceType,
    ...(a.stage === undefined ? {} : { stage: a.stage }),
    uscc: a.uscc,
    region: a.region,
    enterpriseName: a.enterpriseName,
    industry: a.industry,
    scope: a.scope,
    applicationId: a.id,
    issuedAt: base.at,
    termStart: l.validFrom,
    validUntil: l.validUntil,
  };
  const created = decided(
    decideLicence({ ...base, kind: 'issue', licence }, undefined, deps.rules),
  );
  await recordLicenceEvents(deps, tx, undefined, created);
}
