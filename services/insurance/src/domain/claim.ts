// Claims under a policy feed the accident history of the floating premium. A claim linked to
// a reported accident (hazards) adds nothing new; one without gets the level its figures imply
// under the 2007 regulation's thresholds (art. 3: deaths ≥ 3 / ≥ 10 / ≥ 30), part of the
// rule data so a change of the regulation is a configuration change.
import { accept, reject, type Decision } from './decision.js';
import { InsuranceCodes as C } from './errors.js';
import type { Policy } from './policy.js';
import type { AccidentLevel } from './premium-rules.js';

/** Deaths and serious injuries at which a level starts (larger, major, especially major). */
export interface LevelThresholds {
  readonly deaths: readonly [number, number, number];
  readonly injuries: readonly [number, number, number];
}

/** The 2007 regulation's thresholds (3/10/30 deaths, 10/50/100 serious injuries). */
export const THRESHOLDS_2007: LevelThresholds = { deaths: [3, 10, 30], injuries: [10, 50, 100] };

/** A claim as the insurer records it. */
export interface Claim {
  readonly id: string;
  readonly claimNumber: string;
  readonly policyId: string;
  readonly accidentId?: string;
  readonly occurredOn: string;
  readonly deaths: number;
  readonly disabilities: number;
  readonly injuries: number;
  readonly thirdPartyVictims: number;
  readonly reservedFen: number;
  readonly paidFen: number;
}

/** The accident level a claim's figures imply (disabilities count as serious injuries). */
export function claimLevel(c: Claim, t: LevelThresholds): AccidentLevel {
  const hurt = c.disabilities + c.injuries;
  const rank = (n: number, th: readonly number[]) => th.filter((x) => n >= x).length;
  const levels = ['general', 'larger', 'major', 'especially-major'] as const;
  return levels[Math.max(rank(c.deaths, t.deaths), rank(hurt, t.injuries))] ?? 'general';
}

/** Checks a claim against its policy. */
export function decideClaim(policy: Policy, c: Claim, today: string): Decision<Claim> {
  if (c.occurredOn < policy.startsOn || c.occurredOn > policy.endsOn || c.occurredOn > today) {
    return reject(
      C.dateOutsidePeriod,
      `The insured event lies within ${policy.startsOn}…${policy.endsOn}.`,
    );
  }
  if (c.deaths + c.disabilities + c.injuries + c.thirdPartyVictims === 0) {
    return reject(C.claimInvalid, 'A claim names at least one casualty or victim.');
  }
  if (c.paidFen > c.reservedFen) {
    return reject(C.claimInvalid, 'Payments exceed the reserve: raise the reserve first.');
  }
  return accept([c]);
}
