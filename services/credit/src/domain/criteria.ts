// The rules engine: which listing criteria a subject's records meet (应急管理部令第11号, 2023,
// art. 6–7, as DOMAIN.md "Credit and blacklist" lists them). Each criterion has an id within
// the rule set and names the records (and their events) that meet it. A record already used
// as evidence of an earlier listing case does not trigger a new one on its own.
import { addMonths } from './dates.js';
import type { Criterion, Evidence } from './listing.js';
import type { CreditRecord } from './subject.js';
import type { CreditRules } from './rules.js';

/** A criterion met, with its evidence: what the engine proposes. */
export interface Proposal {
  readonly criterion: Criterion;
  /** Rule id within the rule set (`art6-1` …). */
  readonly criterionId: string;
  readonly evidence: readonly Evidence[];
}

/** Criteria that list the enterprise *and its principal* (主要负责人, art. 6(1), (2), (4)). */
export const PRINCIPAL_CRITERIA: ReadonlySet<string> = new Set(['art6-1', 'art6-2', 'art6-4']);

type Fact = Pick<
  CreditRecord,
  'id' | 'fact' | 'accidentLevel' | 'occurredOn' | 'triggerRef' | 'evidenceEventId'
>;

const evidenceOf = (r: Fact): Evidence => ({
  ref: r.triggerRef,
  recordId: r.id,
  ...(r.evidenceEventId === undefined ? {} : { eventId: r.evidenceEventId }),
});

/**
 * Every criterion `records` meet, in the order of the regulation. `used` holds the record ids
 * already evidence of a listing case of the subject.
 */
export function evaluateCriteria(
  records: readonly Fact[],
  used: ReadonlySet<string>,
  rules: Pick<CreditRules, 'largerAccidents' | 'largerAccidentWindowMonths'>,
): Proposal[] {
  const fresh = (r: Fact) => !used.has(r.id);
  const out: Proposal[] = [];
  // art. 6(1): a major or especially major accident.
  const major = records.filter(
    (r) =>
      r.fact === 'accident' &&
      (r.accidentLevel === 'major' || r.accidentLevel === 'especially-major') &&
      fresh(r),
  );
  if (major.length > 0) {
    out.push({
      criterion: 'major-accident',
      criterionId: 'art6-1',
      evidence: major.map(evidenceOf),
    });
  }
  // art. 6(2): N (2) or more larger accidents within a window of 12 months.
  const window = largerAccidentWindow(records, used, rules);
  if (window !== undefined) {
    out.push({
      criterion: 'two-larger-accidents-in-12-months',
      criterionId: 'art6-2',
      evidence: window.map(evidenceOf),
    });
  }
  // art. 6(4): concealing or falsely reporting an accident (瞒报, 谎报).
  const simple: [Fact['fact'], Criterion, string][] = [
    ['accident-concealment', 'accident-concealment', 'art6-4'],
    // art. 7(1): operating without a licence or while it is suspended or revoked.
    ['unlicensed-operation', 'unlicensed-operation', 'art7-1'],
    // art. 7(2): agencies issuing false reports or renting out their qualifications.
    ['false-agency-report', 'false-agency-report', 'art7-2'],
    ['qualification-rental', 'qualification-rental', 'art7-2'],
  ];
  for (const [fact, criterion, criterionId] of simple) {
    const hits = records.filter((r) => r.fact === fact && fresh(r));
    if (hits.length > 0) out.push({ criterion, criterionId, evidence: hits.map(evidenceOf) });
  }
  return out;
}

/**
 * The first run of ≥ N larger accidents whose last lies within the window months of its
 * first, with at least one not used before; undefined when there is none.
 */
function largerAccidentWindow(
  records: readonly Fact[],
  used: ReadonlySet<string>,
  rules: Pick<CreditRules, 'largerAccidents' | 'largerAccidentWindowMonths'>,
): Fact[] | undefined {
  const larger = records
    .filter((r) => r.fact === 'accident' && r.accidentLevel === 'larger')
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  for (let i = 0; i < larger.length; i++) {
    const first = larger[i] as Fact;
    const end = addMonths(first.occurredOn, rules.largerAccidentWindowMonths);
    const run = larger.slice(i).filter((r) => r.occurredOn <= end);
    if (run.length >= rules.largerAccidents && run.some((r) => !used.has(r.id))) return run;
  }
  return undefined;
}
