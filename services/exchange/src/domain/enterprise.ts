// The enterprise directory's aggregate: one enterprise, identified by its USCC, in exactly one
// grid cell (DOMAIN.md "Responsibility chain").
import type { Industry } from '@yiwang/contracts';

/** High-risk category: one of the eight high-risk industries, or none. */
export type HighRiskCategory =
  | 'mining'
  | 'hazardous-chemicals'
  | 'fireworks'
  | 'transport'
  | 'construction'
  | 'civil-explosives'
  | 'metal-smelting'
  | 'fishery'
  | 'none';

/** Safety standardisation grade 1–3, or none. */
export type StandardisationLevel = '1' | '2' | '3' | 'none';

/** Why an enterprise closed. */
export type ClosedReason = 'deregistered' | 'bankrupt' | 'relocated' | 'merged' | 'other';

/** The fields a clerk sets (PUT body, import row). */
export interface EnterpriseProfile {
  readonly name: string;
  readonly industry: Industry;
  readonly highRiskCategory: HighRiskCategory;
  readonly region: string;
  readonly township: string;
  readonly gridCellId: string;
  readonly standardisationLevel: StandardisationLevel;
  readonly address?: string | undefined;
  readonly employees?: number | undefined;
}

/** An enterprise of the directory. */
export interface Enterprise extends EnterpriseProfile {
  readonly uscc: string;
  readonly status: 'open' | 'closed';
  readonly closure?: { readonly reason: ClosedReason; readonly closedOn: string } | undefined;
  readonly version: number;
  readonly registeredAt: string;
}

/** Fields of `enterprise.updated` (only what changed). */
export type EnterpriseChanges = Partial<EnterpriseProfile & { highRisk: boolean }>;

/** What happened to an enterprise. */
export type EnterpriseEvent =
  | { readonly type: 'enterprise.registered'; readonly enterprise: Enterprise; readonly at: string }
  | {
      readonly type: 'enterprise.updated';
      readonly uscc: string;
      readonly changes: EnterpriseChanges;
      readonly at: string;
    }
  | {
      readonly type: 'enterprise.closed';
      readonly uscc: string;
      readonly reason: ClosedReason;
      readonly closedOn: string;
      readonly at: string;
    }
  | { readonly type: 'enterprise.reopened'; readonly uscc: string; readonly at: string };
