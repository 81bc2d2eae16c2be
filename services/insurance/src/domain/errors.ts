// Stable codes of the insurance domain's rejections (no HTTP status here: STYLE.md rule 6).

/** Codes a decide function may refuse a command with. */
export const InsuranceCodes = {
  /** The command is not allowed in the policy's current state. */
  illegalTransition: 'INSURANCE.ILLEGAL_TRANSITION',
  /** Sum insured per person below the legal minimum (400,000 yuan, 应急〔2025〕27号). */
  sumInsuredTooLow: 'INSURANCE.SUM_INSURED_TOO_LOW',
  /** Fewer employees insured than the directory says the enterprise employs. */
  notAllEmployees: 'INSURANCE.NOT_ALL_EMPLOYEES',
  /** The period is empty, too long, already over, or a renewal does not follow on. */
  periodInvalid: 'INSURANCE.PERIOD_INVALID',
  /** The premium given differs from base × the floating factors. */
  premiumMismatch: 'INSURANCE.PREMIUM_MISMATCH',
  /** A renewal after the policy ended (no late renewal: 应急〔2025〕27号). */
  renewalTooLate: 'INSURANCE.RENEWAL_TOO_LATE',
  /** A policy (or renewal) for an enterprise the directory lists as closed. */
  enterpriseClosed: 'INSURANCE.ENTERPRISE_CLOSED',
  /** Cancellation before the end while the enterprise is open. */
  cancellationNotAllowed: 'INSURANCE.CANCELLATION_NOT_ALLOWED',
  /** The policy has not ended yet: nothing to lapse. */
  notEnded: 'INSURANCE.NOT_ENDED',
  /** No premium rule table is in force on the date. */
  noPremiumRule: 'INSURANCE.NO_PREMIUM_RULE',
  /** Prevention spending above the cap (21 % of the premium). */
  preventionBudgetExceeded: 'INSURANCE.PREVENTION_BUDGET_EXCEEDED',
  /** A prevention visit needs a plan for the policy first. */
  preventionPlanRequired: 'INSURANCE.PREVENTION_PLAN_REQUIRED',
  /** A visit or claim date outside the policy period, or in the future. */
  dateOutsidePeriod: 'INSURANCE.DATE_OUTSIDE_PERIOD',
  /** A claim pays more than it reserved, or names no casualty. */
  claimInvalid: 'INSURANCE.CLAIM_INVALID',
} as const;
