// Stable codes of the permits domain's rejections (no HTTP status here: STYLE.md rule 6).

/** Codes a decide function may refuse a command with. */
export const PermitCodes = {
  /** The command is not allowed in the current state. */
  illegalTransition: 'PERMITS.ILLEGAL_TRANSITION',
  /** A defect notice was already sent: every defect goes into one notice (总局令第55号). */
  noticeAlreadySent: 'PERMITS.NOTICE_ALREADY_SENT',
  /** The document review must judge all thirteen conditions, with evidence for each met one. */
  checklistIncomplete: 'PERMITS.CHECKLIST_INCOMPLETE',
  /** Fewer distinct inspectors than the rule requires (at least 2). */
  tooFewInspectors: 'PERMITS.TOO_FEW_INSPECTORS',
  /** An approval lacks a passed step (review, inspection, expert review). */
  stepsIncomplete: 'PERMITS.STEPS_INCOMPLETE',
  /** A precondition of the decision fails (insurance, overdue major hazard, credit listing). */
  preconditionFailed: 'PERMITS.PRECONDITION_FAILED',
  /** A refusal needs written reasons; a supplement notice needs at least one defect. */
  detailRequired: 'PERMITS.DETAIL_REQUIRED',
  /** The construction review stage or the renewed licence does not fit the application. */
  applicationInvalid: 'PERMITS.APPLICATION_INVALID',
  /** Nothing to do: the licence is not due, not expired, or already flagged. */
  notDue: 'PERMITS.NOT_DUE',
} as const;
