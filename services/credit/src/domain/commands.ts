// Commands on a listing case. Time comes in with every command: `at` (an instant) and `today`
// (the local calendar date of `at`); ids come in too (STYLE.md rule 1). `dept` is the acting
// department (token `dept`); the service acts as the bureau.
interface Base {
  readonly at: string;
  readonly today: string;
  readonly by: string;
  readonly dept: string;
}

/** A command on a listing case. */
export type ListingCommand =
  | (Base & { readonly kind: 'serve-notice'; readonly noticeNumber: string })
  | (Base & { readonly kind: 'state-defence'; readonly summary: string })
  | (Base & { readonly kind: 'list'; readonly decisionNumber: string })
  | (Base & { readonly kind: 'dismiss'; readonly reason: string })
  | (Base & {
      readonly kind: 'apply-early-removal';
      readonly applicationId: string;
      readonly evidence: readonly string[];
      readonly summary: string;
    })
  | (Base & {
      readonly kind: 'decide-early-removal';
      readonly decision: 'approved' | 'refused';
      readonly decisionNumber?: string;
      readonly reason?: string;
    })
  | (Base & { readonly kind: 'restore'; readonly decisionNumber: string; readonly reason: string })
  | (Base & { readonly kind: 'revoke'; readonly decisionNumber: string })
  | (Base & { readonly kind: 'expire' });

/** The kind of a listing command. */
export type ListingCommandKind = ListingCommand['kind'];
