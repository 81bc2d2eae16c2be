// Sharing policies: default deny. A department receives an event only when its agreement is
// in force, the event's region is covered and a rule grants the type. `restricted` events
// never leave the hub; `internal` ones only by a rule naming the exact type; a pattern rule
// (`yiwang.credit.*`) grants `public` events only.
import { parseFieldPath, type FieldPath } from './projection.js';
import { anyCovers } from './region.js';

/** Who may receive an event (the envelope's `classification`). */
export type Classification = 'public' | 'internal' | 'restricted';

/** One grant: an exact type or a public-only pattern, and the data fields it shows. */
export interface PolicyRule {
  readonly type: string;
  readonly fields: readonly string[];
}

/** A department's sharing agreement. */
export interface SharingPolicy {
  readonly version: number;
  readonly rules: readonly PolicyRule[];
  readonly regions: readonly string[];
  readonly legalBasis: string;
  /** Last day (YYYY-MM-DD, China Standard Time) the agreement is in force. */
  readonly expiresOn: string;
}

/** What the policy decides about one event. */
export type Entitlement =
  | { readonly granted: true; readonly paths: readonly FieldPath[] }
  | {
      readonly granted: false;
      readonly reason: 'expired' | 'restricted' | 'region' | 'type';
    };

/** The event attributes a policy looks at. */
export interface ShareableEvent {
  readonly type: string;
  readonly region: string;
  readonly classification: Classification;
}

/** Whether a rule's type (exact or `prefix.*` pattern) matches an event type. */
export function typeMatches(rule: string, type: string): boolean {
  return rule.endsWith('.*') ? type.startsWith(rule.slice(0, -1)) : rule === type;
}

/** Decides whether, and with which fields, `event` may be shared under `policy` on `today`. */
export function entitlement(
  policy: SharingPolicy,
  event: ShareableEvent,
  today: string,
): Entitlement {
  if (today > policy.expiresOn) return { granted: false, reason: 'expired' };
  if (event.classification === 'restricted') return { granted: false, reason: 'restricted' };
  if (!anyCovers(policy.regions, event.region)) return { granted: false, reason: 'region' };
  const exact = policy.rules.find((r) => r.type === event.type);
  const rule =
    exact ??
    (event.classification === 'public'
      ? policy.rules.find((r) => r.type.endsWith('.*') && typeMatches(r.type, event.type))
      : undefined);
  if (rule === undefined) return { granted: false, reason: 'type' };
  const paths = rule.fields.map(parseFieldPath).filter((p): p is FieldPath => p !== undefined);
  return { granted: true, paths };
}

/** Whether the agreement is in force on `today`. */
export function agreementInForce(policy: Pick<SharingPolicy, 'expiresOn'>, today: string) {
  return today <= policy.expiresOn;
}
