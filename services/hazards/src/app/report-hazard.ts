// Opens a hazard case (from an enterprise, an inspector or another context's event): the
// enterprise's name and industry come from the local directory projection when it knows the
// enterprise, and are filled in later otherwise.
import type { Causation } from '@yiwang/bus';
import { DomainError } from '@yiwang/service-kit';
import { findEnterprise } from '../db/enterprises.js';
import { lockEnterprise } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { decideHazard } from '../domain/decide-hazard.js';
import type { Hazard } from '../domain/hazard.js';
import { decided } from './decided.js';
import { localDate } from './local-date.js';
import { recordHazardEvents } from './record-hazard-events.js';

/** A new case as the caller describes it (id, status and version are ours). */
export type NewHazard = Omit<Hazard, 'id' | 'status' | 'version' | 'region'> & {
  readonly region?: string;
};

/** Options of reporting. */
export interface ReportOptions {
  readonly by: string;
  /** Checks the caller may open a case in the resolved region (403 otherwise). */
  readonly authorize?: (region: string) => void;
  readonly dedupKey?: string;
  readonly causation?: Causation;
  readonly tx?: Executor;
}

/** Opens the case; the region defaults to the enterprise's region in the directory. */
export async function reportHazard(
  deps: Deps,
  input: NewHazard,
  options: ReportOptions,
): Promise<Hazard> {
  const run = async (tx: Executor) => {
    await lockEnterprise(tx, input.uscc);
    const enterprise = await findEnterprise(tx, input.uscc);
    const region = enterprise?.region ?? input.region;
    if (region === undefined) {
      throw new DomainError(
        'HAZARDS.REGION_REQUIRED',
        `Enterprise ${input.uscc} is not in the directory yet: give the region.`,
      );
    }
    options.authorize?.(region);
    const now = deps.clock.now();
    const hazard = { ...input, id: deps.ids.id('hz'), region };
    const cmd = {
      kind: 'report',
      at: now.toISOString(),
      today: localDate(now),
      by: options.by,
      hazard,
    } as const;
    const events = decided(decideHazard(cmd, undefined, deps.rules));
    return recordHazardEvents(
      deps,
      tx,
      {
        state: undefined,
        enterpriseName: enterprise?.name ?? null,
        industry: enterprise?.industry ?? null,
        dedupKey: options.dedupKey ?? null,
        causation: options.causation,
      },
      events,
    );
  };
  return options.tx === undefined ? deps.database.db.transaction(run) : run(options.tx);
}
