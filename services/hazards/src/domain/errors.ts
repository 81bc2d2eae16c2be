// Stable codes of the hazards domain's rejections (no HTTP status here: STYLE.md rule 6).

/** Codes a decide function may refuse a command with. */
export const HazardCodes = {
  /** The command is not allowed in the case's current state. */
  illegalTransition: 'HAZARDS.ILLEGAL_TRANSITION',
  /** A major hazard's plan lacks required parts (every missing part is named). */
  planIncomplete: 'HAZARDS.PLAN_INCOMPLETE',
  /** The checklist or item is unknown, or a major grading names none. */
  checklistItemUnknown: 'HAZARDS.CHECKLIST_ITEM_UNKNOWN',
  /** A deadline is before today, or a listing deadline more than a year away. */
  deadlineInvalid: 'HAZARDS.DEADLINE_INVALID',
  /** An extension was requested fewer than 20 working days before the deadline. */
  extensionTooLate: 'HAZARDS.EXTENSION_TOO_LATE',
  /** A timestamp lies in the future or before the case was found. */
  timestampInvalid: 'HAZARDS.TIMESTAMP_INVALID',
  /** Rectification needs at least one piece of evidence; a refusal or rejection a reason. */
  detailRequired: 'HAZARDS.DETAIL_REQUIRED',
  /** The deadline has not passed: nothing is overdue. */
  notOverdue: 'HAZARDS.NOT_OVERDUE',
  /** The deadline is further away than the reminder lead time, or already passed. */
  notDueSoon: 'HAZARDS.NOT_DUE_SOON',
  /** An installation whose substances stay below their critical quantities (Σ q/Q < 1). */
  notMajorHazard: 'HAZARDS.NOT_MAJOR_HAZARD',
  /** Statistics are filed only after their period ended. */
  periodNotEnded: 'HAZARDS.PERIOD_NOT_ENDED',
  /** Statistics are signed by the enterprise's principal. */
  signatureRequired: 'HAZARDS.SIGNATURE_REQUIRED',
} as const;
