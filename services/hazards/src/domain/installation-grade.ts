// Grading of major hazard installations by R (GB 18218-2018 §4.3): grade 1 R ≥ 100,
// grade 2 50 ≤ R < 100, grade 3 10 ≤ R < 50, grade 4 R < 10. The standard is versioned like
// the checklists: a later revision is a new table, old installations keep theirs.
import type { InstallationGrade, Substance } from './installation.js';

/** Lower bounds of R for grades 1, 2 and 3 (below the last: grade 4). */
export interface GradeThresholds {
  readonly standard: string;
  readonly grade1: number;
  readonly grade2: number;
  readonly grade3: number;
}

/** GB 18218-2018 table 4. */
export const GB18218_2018: GradeThresholds = {
  standard: 'GB 18218-2018',
  grade1: 100,
  grade2: 50,
  grade3: 10,
};

/** The grade of an installation with this R. */
export function gradeFor(r: number, t: GradeThresholds): InstallationGrade {
  if (r >= t.grade1) return 1;
  if (r >= t.grade2) return 2;
  if (r >= t.grade3) return 3;
  return 4;
}

/** Σ q/Q: a unit is a major hazard installation when it reaches 1 (GB 18218-2018 §4.2.2). */
export function criticalRatio(substances: readonly Substance[]): number {
  return substances.reduce((sum, s) => sum + s.quantityTonnes / s.criticalTonnes, 0);
}
