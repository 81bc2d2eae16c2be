// The vocabulary of permit applications (DOMAIN.md "Permits"): the three application types,
// the stages of a construction project review and the thirteen conditions of the checklist
// (安全生产许可证条例 art. 6; 总局令第55号 art. 6–8).

/** The three kinds of application the city bureau handles. */
export const LICENCE_TYPES = [
  'hazchem-operation',
  'hazchem-construction-review',
  'production-first-review',
] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

/** Stages of a hazardous-chemical construction project safety review (三同时). */
export const STAGES = ['condition-review', 'design-review', 'completion-acceptance'] as const;
export type Stage = (typeof STAGES)[number];

/** A new licence, or the renewal (延期) of an existing one. */
export type ApplicationKind = 'new' | 'renewal';

/** The thirteen conditions, in the order of the checklist. */
export const CONDITIONS = [
  'responsibility-system',
  'safety-budget',
  'safety-staff',
  'trained-principal',
  'certified-special-operators',
  'staff-training',
  'injury-insurance',
  'compliant-premises',
  'occupational-health',
  'safety-evaluation',
  'major-hazard-monitoring',
  'emergency-plan',
  'other',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** True when `value` names one of the thirteen conditions. */
export function isCondition(value: string): value is Condition {
  return (CONDITIONS as readonly string[]).includes(value);
}
