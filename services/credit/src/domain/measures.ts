// Joint punishment (联合惩戒, DOMAIN.md "Credit and blacklist"): the catalog of measures,
// which ones a listing or a bad record brings, and the answer to a department's check
// before it acts. A check names a purpose; each purpose is governed by one measure, and a
// department may only check for purposes whose measure its policy holds.

/** Measures (the contract's enum). */
export const MEASURES = [
  'permit-veto',
  'insurance-premium-surcharge',
  'land-supply-limit',
  'procurement-exclusion',
  'subsidy-limit',
  'loan-limit',
  'award-exclusion',
  'more-inspections',
  'spot-check-and-interview',
] as const;
/** One measure. */
export type Measure = (typeof MEASURES)[number];

/** What a listing brings: vetoes, surcharge, limits, exclusion, spot checks and interviews. */
export const LISTING_MEASURES: readonly Measure[] = MEASURES.filter(
  (m) => m !== 'more-inspections',
);
/** What a bad record without listing brings: more inspections (≥ 4 a year). */
export const BAD_RECORD_MEASURES: readonly Measure[] = ['more-inspections'];

/** Purposes of a check, each governed by one measure. */
export const PURPOSES = {
  'permit-decision': 'permit-veto',
  'insurance-pricing': 'insurance-premium-surcharge',
  'land-supply': 'land-supply-limit',
  procurement: 'procurement-exclusion',
  subsidy: 'subsidy-limit',
  loan: 'loan-limit',
  award: 'award-exclusion',
  'inspection-planning': 'more-inspections',
} as const satisfies Record<string, Measure>;
/** A purpose of a check. */
export type Purpose = keyof typeof PURPOSES;

/** Measures that forbid the act outright (the others adjust it: surcharge, inspections). */
const VETOES: ReadonlySet<Measure> = new Set([
  'permit-veto',
  'land-supply-limit',
  'procurement-exclusion',
  'subsidy-limit',
  'loan-limit',
  'award-exclusion',
]);

/** Default measures a department applies, by its kind in the exchange directory. */
export const MEASURES_BY_DEPARTMENT_KIND: Readonly<Record<string, readonly Measure[]>> = {
  bureau: MEASURES,
  'industry-department': ['permit-veto', 'subsidy-limit', 'award-exclusion'],
  bank: ['loan-limit'],
  insurer: ['insurance-premium-surcharge'],
  'grid-centre': ['more-inspections', 'spot-check-and-interview'],
  'district-government': [
    'land-supply-limit',
    'procurement-exclusion',
    'subsidy-limit',
    'award-exclusion',
  ],
};

/** The measures in force against a subject. */
export function activeMeasures(s: { listed: boolean; adverseRecords: number }): Measure[] {
  if (s.listed) return [...LISTING_MEASURES];
  return s.adverseRecords > 0 ? [...BAD_RECORD_MEASURES] : [];
}

/** How closely a subject is supervised (DOMAIN.md: bad records → ≥ 4 inspections a year;
 * listed → a spot check every 6 months and an annual interview of the principal). */
export interface Supervision {
  readonly inspectionsPerYear: number | null;
  readonly spotCheckEveryMonths: number | null;
  readonly annualInterview: boolean;
}

/** The supervision a subject's standing brings. */
export function supervisionOf(
  s: { listed: boolean; adverseRecords: number },
  rules: { badRecordInspectionsPerYear: number; listedSpotCheckMonths: number },
): Supervision {
  if (s.listed) {
    return {
      inspectionsPerYear: null,
      spotCheckEveryMonths: rules.listedSpotCheckMonths,
      annualInterview: true,
    };
  }
  return {
    inspectionsPerYear: s.adverseRecords > 0 ? rules.badRecordInspectionsPerYear : null,
    spotCheckEveryMonths: null,
    annualInterview: false,
  };
}

/** Outcome of a check. */
export interface CheckAnswer {
  /** allowed; denied (a veto applies); conditional (act, applying the measure). */
  readonly outcome: 'allowed' | 'denied' | 'conditional';
  readonly measure: Measure;
  readonly reasons: readonly string[];
  /** Measures in force that govern this purpose. */
  readonly measureIds: readonly Measure[];
}

/** Answers a check for `purpose` against the measures in force. */
export function answerCheck(
  purpose: Purpose,
  active: readonly Measure[],
  facts: {
    listingId?: string;
    decisionNumber?: string;
    surchargePercent: number;
    inspectionsPerYear?: number;
  },
): CheckAnswer {
  const measure: Measure = PURPOSES[purpose];
  const applies = active.includes(measure);
  if (!applies) return { outcome: 'allowed', measure, reasons: [], measureIds: [] };
  const listed =
    facts.listingId === undefined ? [] : [`listed (${facts.decisionNumber ?? facts.listingId})`];
  const detail =
    measure === 'insurance-premium-surcharge'
      ? [`premium +${facts.surchargePercent} %`]
      : measure === 'more-inspections' && facts.inspectionsPerYear !== undefined
        ? [`at least ${facts.inspectionsPerYear} inspections a year`]
        : [];
  return {
    outcome: VETOES.has(measure) ? 'denied' : 'conditional',
    measure,
    reasons: [...listed, ...(listed.length === 0 ? ['adverse records in effect'] : []), ...detail],
    measureIds: [measure],
  };
}
