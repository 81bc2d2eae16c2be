// Credit rating 1 (best) – 4 (DOMAIN.md "Credit and blacklist"): follows the enterprise's
// safety-standardisation grade (1–3; none → 4); an adverse record still in effect drops it by
// the configured levels (1); a listed subject is rated 4.

/** Safety-standardisation grade of the directory (安全生产标准化等级). */
export type StandardisationLevel = '1' | '2' | '3' | 'none';

/** A rating with the reasons it has that level. */
export interface Rating {
  readonly level: 1 | 2 | 3 | 4;
  readonly reasons: readonly string[];
}

/** What the rating is computed from. */
export interface RatingInput {
  readonly standardisation: StandardisationLevel | undefined;
  readonly listed: boolean;
  /** Adverse records (penalties, bad records) in effect today. */
  readonly adverseRecords: number;
}

/** Computes the rating. */
export function computeRating(input: RatingInput, badRecordDrop: number): Rating {
  const grade = input.standardisation;
  const base = grade === '1' || grade === '2' || grade === '3' ? Number(grade) : 4;
  const reasons = [
    grade === undefined || grade === 'none'
      ? 'no safety-standardisation grade: level 4'
      : `safety-standardisation grade ${grade}`,
  ];
  if (input.listed) return { level: 4, reasons: [...reasons, 'on the serious-dishonesty list'] };
  if (input.adverseRecords > 0 && badRecordDrop > 0) {
    return {
      level: clamp(base + badRecordDrop),
      reasons: [
        ...reasons,
        `${input.adverseRecords} adverse record(s) in effect: -${badRecordDrop}`,
      ],
    };
  }
  return { level: clamp(base), reasons };
}

function clamp(n: number): Rating['level'] {
  return Math.min(4, Math.max(1, n)) as Rating['level'];
}
