// The report aggregate of the 12350 hotline (DOMAIN.md "Complaints", 安全生产领域举报奖励办法 2018).
// Reporter identity and the reporter's own words are NOT part of this state: they live sealed
// in the identity vault, so nothing built from this state can leak them.

/** Intake channels. */
export const CHANNELS = ['hotline', 'web', 'app', 'letter', 'visit', '12345'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What a report is about (the scope of the reward rules). */
export const SCOPES = [
  'major-hazard',
  'illegal-operation',
  'concealed-accident',
  'general-hazard',
  'other',
] as const;
export type Scope = (typeof SCOPES)[number];

/** The state machine of DOMAIN.md; `assigned` means verification is under way. */
export const STATUSES = [
  'received',
  'triaged',
  'not-accepted',
  'accepted',
  'assigned',
  'substantiated',
  'unsubstantiated',
  'handled',
  'feedback-sent',
  'reward-decided',
  'reward-claimed',
  'reward-forfeited',
  'closed',
] as const;
export type Status = (typeof STATUSES)[number];

export const ACCIDENT_LEVELS = ['general', 'larger', 'major', 'especially-major'] as const;
export type AccidentLevel = (typeof ACCIDENT_LEVELS)[number];

export const DEADLINE_KINDS = ['verification', 'feedback', 'reward-claim'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DECLINE_REASONS = [
  'out-of-scope',
  'transferred',
  'duplicate',
  'insufficient-information',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const EXTENSION_REASONS = [
  'complex-case',
  'awaiting-expertise',
  'awaiting-department',
  'other',
] as const;
export type ExtensionReason = (typeof EXTENSION_REASONS)[number];

export const UNSUBSTANTIATED_REASONS = [
  'no-violation-found',
  'cannot-locate',
  'already-handled',
  'other',
] as const;
export type UnsubstantiatedReason = (typeof UNSUBSTANTIATED_REASONS)[number];

export const OUTCOMES = [
  'hazard-case',
  'penalty-case',
  'hazard-and-penalty',
  'rectified-on-site',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Where the matter happened; the address is the hazard's place, written by the public. */
export interface Place {
  readonly region: string;
  readonly address?: string | undefined;
  readonly lat?: number | undefined;
  readonly lng?: number | undefined;
}

/** An attachment's metadata (the file itself is stored elsewhere). */
export interface Attachment {
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  readonly sha256: string;
}
