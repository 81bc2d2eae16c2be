// The lapse sweeper: every active policy whose last day has passed ends exactly once —
// `policy.lapsed` when nobody renewed it (and the enterprise's compliance flips in the same
// transaction), silently `expired` when a renewal took over. Each policy is decided under its
// locks, so a second replica finds nothing left to do (the domain refuses a second end).
import { withStoredTrace } from '@yiwang/bus';
import { DomainError } from '@yiwang/service-kit';
import { findEnded } from '../db/policies.js';
import { issuingTrace } from '../db/policy-trace.js';
import type { Deps } from '../deps.js';
import { decidePolicy } from '../domain/decide-policy.js';
import { InsuranceCodes } from '../domain/errors.js';
import { assessCompliance } from './assess-compliance.js';
import { decided } from './decided.js';
import { loadPolicyLocked } from './load-policy-locked.js';
import { localDate } from './local-date.js';
import { recordPolicyEvents } from './record-policy-events.js';

const skippable: readonly string[] = [InsuranceCodes.illegalTransition, InsuranceCodes.notEnded];

/** One sweep; returns how many policies this call ended. */
export async function sweepPolicies(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const today = localDate(now);
  const ids = await findEnded(deps.database.db, today, deps.config.INSURANCE_SWEEP_BATCH);
  let ended = 0;
  for (const id of ids) {
    try {
      // the lapse (and the compliance it changes) continues the trace the policy was issued in
      const issued = await issuingTrace(deps.database.db, id);
      await withStoredTrace(issued, () =>
        deps.database.db.transaction(async (tx) => {
          const policy = await loadPolicyLocked(tx, id);
          const events = decided(
            decidePolicy({ kind: 'end', at: now.toISOString(), today }, policy),
          );
          await recordPolicyEvents(deps, tx, policy, events);
          await assessCompliance(deps, tx, policy.uscc);
        }),
      );
      ended++;
    } catch (error) {
      // Another replica ended it first.
      if (error instanceof DomainError && skippable.includes(error.code)) continue;
      throw error;
    }
  }
  return ended;
}

/** A timer running {@link sweepPolicies}. */
export interface PolicySweeper {
  start(): void;
  stop(): Promise<void>;
}

/** Makes the sweeper loop of this process. */
export function makePolicySweeper(deps: Deps): PolicySweeper {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepPolicies(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'policy sweep failed; retried at the next tick'),
    );
  };
  return {
    start() {
      timer = setInterval(tick, deps.config.INSURANCE_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
