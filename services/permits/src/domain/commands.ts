// Commands on an application. Time comes in with every command: `at` (an instant) and
// `today` (the local calendar date of `at`); ids, numbers and facts from the local
// projections come in too (STYLE.md rule 1).
import type { IsoDate } from '@yiwang/contracts';
import type { Draft, HolderFacts, IssuedLicence } from './application.js';
import type { Condition } from './conditions.js';

interface Base {
  readonly at: string;
  readonly today: IsoDate;
  /** Who acts: a user id, or the service for the sweeper. */
  readonly by: string;
}

export type ApplicationCommand =
  | (Base & { readonly kind: 'draft'; readonly draft: Draft })
  | (Base & {
      readonly kind: 'attach-evidence';
      readonly condition: Condition;
      readonly documents: readonly string[];
    })
  | (Base & { readonly kind: 'submit' })
  | (Base & {
      readonly kind: 'request-supplement';
      readonly missing: readonly Condition[];
      readonly details: string;
      readonly noticeNumber: string;
    })
  | (Base & { readonly kind: 'provide-supplement' })
  | (Base & {
      readonly kind: 'accept';
      /** True when the sweeper accepts because no notice was sent in time (行政许可法 art. 32). */
      readonly deemed: boolean;
      /** Renewal of a licence whose term had no fatal accident: no review needed. */
      readonly noFatalAccidentInTerm: boolean;
    })
  | (Base & {
      readonly kind: 'check-credit';
      readonly facts: HolderFacts;
      /** Number of the refusal when the check vetoes. */
      readonly decisionNumber?: string;
    })
  | (Base & {
      readonly kind: 'review-documents';
      readonly findings: readonly {
        readonly condition: Condition;
        readonly met: boolean;
        readonly evidence: readonly string[];
        readonly note?: string;
      }[];
    })
  | (Base & {
      readonly kind: 'inspect';
      readonly inspectors: readonly string[];
      readonly result: 'pass' | 'fail' | 'rectify';
      readonly findings?: string;
    })
  | (Base & { readonly kind: 'start-expert-review'; readonly experts: number })
  | (Base & { readonly kind: 'complete-expert-review'; readonly conclusion: 'pass' | 'fail' })
  | (Base & {
      readonly kind: 'decide';
      readonly outcome: 'approved' | 'refused';
      readonly reasons?: string;
      readonly facts: HolderFacts;
      readonly decisionNumber: string;
      /** The licence an approval issues (new) or renews. */
      readonly licence?: IssuedLicence;
    })
  | (Base & { readonly kind: 'add-note'; readonly text: string });

/** The kind of a command. */
export type ApplicationCommandKind = ApplicationCommand['kind'];
