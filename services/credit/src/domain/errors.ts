// Stable codes of the credit domain's rejections (no HTTP status here: STYLE.md rule 6).

/** Codes a decide function may refuse a command with. */
export const CreditCodes = {
  /** The command is not allowed in the listing's current state. */
  illegalTransition: 'CREDIT.ILLEGAL_TRANSITION',
  /** The subject's defence window is still open: no decision yet (令第11号: 告知 and 申辩). */
  defenceWindowOpen: 'CREDIT.DEFENCE_WINDOW_OPEN',
  /** The defence window closed before the defence was stated. */
  defenceWindowClosed: 'CREDIT.DEFENCE_WINDOW_CLOSED',
  /** Early removal is allowed only after the configured months (12) on the list. */
  earlyRemovalTooSoon: 'CREDIT.EARLY_REMOVAL_TOO_SOON',
  /** The listing's term has not ended: nothing to remove. */
  notExpired: 'CREDIT.NOT_EXPIRED',
  /** A decision needs a decision number, an application evidence, a refusal a reason. */
  detailRequired: 'CREDIT.DETAIL_REQUIRED',
  /** Only the department that imposed the penalty decides the listing. */
  wrongDepartment: 'CREDIT.DEPARTMENT_FORBIDDEN',
} as const;
