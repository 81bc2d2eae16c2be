// Use cases of accident reports: a new report (level and lateness computed by the domain)
// and a revision of its figures; state and events in one transaction.
import { DomainError } from '@yiwang/service-kit';
import { saveAccident, loadAccident } from '../db/accidents.js';
import { findEnterprise } from '../db/enterprises.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import {
  decideAccidentReport,
  decideAccidentRevision,
  evolveAccident,
  type Accident,
  type Casualties,
} from '../domain/accident.js';
import { accidentContractEvents } from '../events/accident-contract-events.js';
import { decided } from './decided.js';

/** What the reporter gives. */
export interface AccidentInput extends Casualties {
  readonly uscc: string;
  readonly region?: string;
  readonly industry?: string;
  readonly kind: string;
  readonly place: string;
  readonly occurredAt: string;
  readonly learnedAt: string;
  readonly roadTraffic: boolean;
  readonly summary: string;
}

/** Files a report; `authorize` checks the resolved region; `within` an open transaction. */
export async function reportAccident(
  deps: Deps,
  input: AccidentInput,
  authorize: (region: string) => void,
  within?: Executor,
): Promise<Accident> {
  const run = async (tx: Executor) => {
    const enterprise = await findEnterprise(tx, input.uscc);
    const region = enterprise?.region ?? input.region;
    const industry = input.industry ?? enterprise?.industry;
    if (region === undefined || industry === undefined) {
      throw new DomainError(
        'HAZARDS.ENTERPRISE_UNKNOWN',
        `Enterprise ${input.uscc} is not in the directory yet: give region and industry.`,
      );
    }
    authorize(region);
    const { roadTraffic, ...rest } = input;
    const reportedAt = deps.clock.now();
    const events = decided(
      decideAccidentReport(
        {
          ...rest,
          id: deps.ids.id('acc'),
          region,
          industry,
          reportedAt: reportedAt.toISOString(),
          roadTrafficOrFire: roadTraffic || input.kind === 'fire',
        },
        deps.accidentRules,
      ),
    );
    return record(deps, tx, undefined, events, reportedAt);
  };
  return within === undefined ? deps.database.db.transaction(run) : run(within);
}

/** Revises the figures of accident `id`. */
export async function reviseAccident(
  deps: Deps,
  id: string,
  figures: Casualties,
  reason: string,
  authorize: (a: Accident) => void,
): Promise<Accident> {
  return deps.database.db.transaction(async (tx) => {
    const a = await loadAccident(tx, id, true);
    if (a === undefined) throw new DomainError('HAZARDS.ACCIDENT_NOT_FOUND', `No accident ${id}.`);
    authorize(a);
    const now = deps.clock.now();
    const events = decided(
      decideAccidentRevision(a, figures, reason, now.toISOString(), deps.accidentRules),
    );
    return record(deps, tx, a, events, now);
  });
}

async function record(
  deps: Deps,
  tx: Parameters<typeof saveAccident>[0],
  before: Accident | undefined,
  events: Parameters<typeof evolveAccident>[1][] | readonly Parameters<typeof evolveAccident>[1][],
  at: Date,
): Promise<Accident> {
  let state = before;
  for (const e of events) {
    state = evolveAccident(state, e);
    const ce = accidentContractEvents(
      e,
      state,
      () => deps.ids.uuid(),
      deps.config.HAZARDS_SERVICE_ACTOR,
    );
    await deps.bus.outbox.add(tx, ce);
  }
  if (state === undefined) throw new Error('no accident events');
  await saveAccident(tx, state, at);
  return state;
}
